package org.threatwright.ui.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;
import org.threatwright.kb.risk.RiskKnowledge;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.decision.FactorOverride;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.register.RiskRegister;
import org.threatwright.ui.analysis.KnowledgeJob;
import org.threatwright.ui.analysis.RegisterState;
import org.threatwright.ui.register.StatusLabels;

/**
 * The risk register of the open model's current analysis: a heat map drawn with the project's risk matrix (the
 * method's impact and feasibility scales, cells coloured by risk level, the number of open risks in each), and the
 * table of risks. Clicking a cell (or Space on the focused cell) filters the table to that cell's open risks; again
 * clears it. Override factor... records an override with its rationale in the knowledge base.
 */
public class RiskView extends ViewPart {

	public static final String ID = "org.threatwright.ui.views.risks";
	private static final int CELL_W = 92;
	private static final int CELL_H = 34;
	private static final int LEFT = 92;
	private static final int TOP = 22;

	private final Consumer<RiskSession> listener = session -> show();
	private Canvas heat;
	private Label filterLabel;
	private Button overrideButton;
	private TableViewer viewer;
	private HeatMapModel model;
	private HeatMapModel.Cell filter;
	private int focusImpact = -1;
	private int focusFeasibility;
	private RiskColumn sortColumn;
	private boolean descending;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
		heat = new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED);
		GridDataFactory.fillDefaults().hint(LEFT + CELL_W * 4 + 8, TOP + CELL_H * 4 + 26).span(1, 1).applyTo(heat);
		heat.addPaintListener(event -> paint(event.gc));
		heat.addListener(SWT.MouseDown, event -> clicked(event.x, event.y));
		heat.addListener(SWT.KeyDown, event -> key(event.keyCode, event.character));
		heat.addListener(SWT.Traverse, event -> event.doit = event.detail != SWT.TRAVERSE_RETURN);
		heat.addListener(SWT.FocusIn, event -> heat.redraw());
		heat.addListener(SWT.FocusOut, event -> heat.redraw());
		Composite side = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(side);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(side);
		filterLabel = new Label(side, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(filterLabel);
		Composite buttons = new Composite(side, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		overrideButton = new Button(buttons, SWT.PUSH);
		overrideButton.setText("Override factor...");
		overrideButton.setToolTipText("Override a factor of the selected risk, with a rationale (written to the knowledge base)");
		overrideButton.addListener(SWT.Selection, event -> overrideSelected());
		Button again = new Button(buttons, SWT.PUSH);
		again.setText("Assess again");
		again.addListener(SWT.Selection, event -> RiskSession.get().assess());
		createTable(parent);
		RiskSession.get().addListener(listener);
		show();
	}

	private void createTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
		TableViewerColumn status = new TableViewerColumn(viewer, SWT.NONE);
		status.getColumn().setText("Status");
		status.getColumn().setWidth(95);
		status.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return model == null ? "" : StatusLabels.words(model.statusOf((RiskAssessment) element));
			}
		});
		for (RiskColumn column : RiskColumn.values()) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
			TableColumn widget = viewerColumn.getColumn();
			widget.setText(column.title());
			widget.setWidth(column.width());
			widget.setMoveable(true);
			widget.addListener(SWT.Selection, event -> sortBy(column, widget));
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text((RiskAssessment) element);
				}

				@Override
				public Color getBackground(Object element) {
					RiskAssessment risk = (RiskAssessment) element;
					return column == RiskColumn.LEVEL ? RiskColors.of(risk.level()) : null;
				}
			});
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		table.addListener(SWT.Selection, event -> overrideButton.setEnabled(selected() != null));
		table.addListener(SWT.DefaultSelection, event -> overrideSelected());
	}

	/** Shows the session's risks; keeps the cell filter when the cell is still there. */
	private void show() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		RiskSession session = RiskSession.get();
		model = session.heatMap();
		if (model == null) {
			filter = null;
		} else if (filter != null) {
			filter = model.cells().stream().filter(c -> c.impactIndex() == filter.impactIndex()
					&& c.feasibilityIndex() == filter.feasibilityIndex()).findFirst().orElse(null);
		}
		setContentDescription(header(session));
		filterLabel.setText(filterText());
		filterLabel.getParent().layout(true, true);
		viewer.setInput(rows());
		overrideButton.setEnabled(selected() != null);
		heat.redraw();
	}

	private String header(RiskSession session) {
		RegisterState analysis = session.analysis();
		if (analysis == null) {
			return "No risks: open a model (Ctrl+O); its risks are assessed after the analysis.";
		}
		String name = analysis.file() == null ? String.valueOf(analysis.model().getName())
				: analysis.file().getFileName().toString();
		if (!analysis.modelErrors().isEmpty()) {
			return name + ": no risks, the model has errors (see the Threat Register).";
		}
		if (session.problem() != null) {
			return name + ": risks unavailable, the knowledge base cannot be used: " + session.problem();
		}
		if (model == null) {
			return name + ": assessing the risks\u2026";
		}
		RiskRegister register = session.register();
		long open = model.openRisks().stream().filter(RiskAssessment::exceedsThreshold).count();
		return name + " on " + register.evaluationDate() + ", method '" + register.method().name() + "': "
				+ model.total() + " risks, " + model.openCount() + " open, " + open + " open above the acceptance threshold "
				+ register.method().acceptanceThreshold() + (session.isRunning() ? " (assessing again\u2026)" : "");
	}

	private String filterText() {
		if (model == null) {
			return "";
		}
		if (filter == null) {
			return "Heat map: open risks per impact \u00d7 feasibility cell (mitigated and not applicable findings leave"
					+ " it). Click a cell to list its open risks.";
		}
		return "Showing the " + filter.count() + " open risk(s) with impact " + filter.impact() + " and feasibility "
				+ filter.feasibility() + " (value " + filter.value() + ", " + filter.level().label()
				+ "). Click the cell again to show all.";
	}

	private List<RiskAssessment> rows() {
		if (model == null) {
			return List.of();
		}
		List<RiskAssessment> rows = new ArrayList<>(filter == null ? model.risksIn(null)
				: model.risksIn(filter).stream().filter(r -> HeatMapModel.isOpen(model.statusOf(r))).toList());
		if (sortColumn != null) {
			Comparator<RiskAssessment> order = sortColumn.order();
			rows.sort(descending ? order.reversed() : order);
		}
		return rows;
	}

	private void sortBy(RiskColumn column, TableColumn widget) {
		Table table = viewer.getTable();
		if (sortColumn != column) {
			sortColumn = column;
			descending = false;
		} else if (!descending) {
			descending = true;
		} else {
			sortColumn = null;
		}
		table.setSortColumn(sortColumn == null ? null : widget);
		table.setSortDirection(sortColumn == null ? SWT.NONE : descending ? SWT.DOWN : SWT.UP);
		viewer.setInput(rows());
	}

	private void paint(GC gc) {
		Rectangle area = heat.getClientArea();
		gc.setBackground(heat.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		if (model == null) {
			gc.drawText("No risks assessed yet.", 8, 8, true);
			return;
		}
		RiskMethod method = model.method();
		int rows = method.impactScale().size();
		gc.drawText("impact \u2193 / feasibility \u2192", 4, 3, true);
		for (HeatMapModel.Cell cell : model.cells()) {
			Rectangle box = box(rows, cell.impactIndex(), cell.feasibilityIndex());
			gc.setBackground(RiskColors.of(cell.level()));
			gc.fillRectangle(box);
			gc.setForeground(heat.getDisplay().getSystemColor(SWT.COLOR_GRAY));
			gc.drawRectangle(box);
			gc.setForeground(heat.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			String count = String.valueOf(cell.count());
			Point size = gc.textExtent(count);
			gc.drawText(count, box.x + (box.width - size.x) / 2, box.y + (box.height - size.y) / 2, true);
			boolean selected = filter != null && filter.impactIndex() == cell.impactIndex()
					&& filter.feasibilityIndex() == cell.feasibilityIndex();
			boolean focused = heat.isFocusControl() && focusImpact == cell.impactIndex()
					&& focusFeasibility == cell.feasibilityIndex();
			if (selected || focused) {
				gc.setLineWidth(selected ? 3 : 1);
				gc.setLineStyle(selected ? SWT.LINE_SOLID : SWT.LINE_DOT);
				gc.drawRectangle(box.x + 2, box.y + 2, box.width - 4, box.height - 4);
				gc.setLineWidth(1);
				gc.setLineStyle(SWT.LINE_SOLID);
			}
		}
		for (int impact = 0; impact < rows; impact++) {
			Rectangle box = box(rows, impact, 0);
			gc.drawText(method.impactScale().level(impact), 4, box.y + (CELL_H - gc.getFontMetrics().getHeight()) / 2, true);
		}
		for (int feasibility = 0; feasibility < method.feasibilityScale().size(); feasibility++) {
			Rectangle box = box(rows, 0, feasibility);
			String label = method.feasibilityScale().level(feasibility);
			gc.drawText(label, box.x + (CELL_W - gc.textExtent(label).x) / 2, box.y + CELL_H + 3, true);
		}
	}

	private static Rectangle box(int rows, int impact, int feasibility) {
		return new Rectangle(LEFT + feasibility * CELL_W, TOP + (rows - 1 - impact) * CELL_H, CELL_W, CELL_H);
	}

	private void clicked(int x, int y) {
		heat.setFocus();
		if (model == null) {
			return;
		}
		int rows = model.method().impactScale().size();
		for (HeatMapModel.Cell cell : model.cells()) {
			if (box(rows, cell.impactIndex(), cell.feasibilityIndex()).contains(x, y)) {
				focusImpact = cell.impactIndex();
				focusFeasibility = cell.feasibilityIndex();
				toggle(cell.impactIndex(), cell.feasibilityIndex());
				return;
			}
		}
	}

	private void key(int keyCode, char character) {
		if (model == null) {
			return;
		}
		int impacts = model.method().impactScale().size();
		int feasibilities = model.method().feasibilityScale().size();
		if (focusImpact < 0) {
			focusImpact = impacts - 1;
			focusFeasibility = 0;
		}
		switch (keyCode) {
			case SWT.ARROW_UP -> focusImpact = Math.min(impacts - 1, focusImpact + 1);
			case SWT.ARROW_DOWN -> focusImpact = Math.max(0, focusImpact - 1);
			case SWT.ARROW_LEFT -> focusFeasibility = Math.max(0, focusFeasibility - 1);
			case SWT.ARROW_RIGHT -> focusFeasibility = Math.min(feasibilities - 1, focusFeasibility + 1);
			default -> {
				if (character == ' ' || character == '\r') {
					toggle(focusImpact, focusFeasibility);
				}
			}
		}
		heat.redraw();
	}

	/**
	 * Filters the table to the open risks of the cell (impact level and feasibility level indices), or shows all again
	 * when that cell is the filter already: what a click on the cell does.
	 */
	public void toggle(int impactIndex, int feasibilityIndex) {
		if (model == null) {
			return;
		}
		boolean same = filter != null && filter.impactIndex() == impactIndex && filter.feasibilityIndex() == feasibilityIndex;
		filter = same ? null : model.cells().stream()
				.filter(c -> c.impactIndex() == impactIndex && c.feasibilityIndex() == feasibilityIndex).findFirst()
				.orElse(null);
		filterLabel.setText(filterText());
		filterLabel.getParent().layout(true, true);
		viewer.setInput(rows());
		heat.redraw();
	}

	private RiskAssessment selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof RiskAssessment risk ? risk : null;
	}

	/** Opens the override dialog for the selected risk. */
	public void overrideSelected() {
		RiskAssessment risk = selected();
		if (risk != null && model != null) {
			override(risk, null, null, null);
		}
	}

	private void override(RiskAssessment risk, String factor, String value, String rationale) {
		RiskSession session = RiskSession.get();
		RegisterState analysis = session.analysis();
		OverrideDialog dialog = new OverrideDialog(getSite().getShell(), risk, model.method(), factor, value, rationale);
		if (dialog.open() != OverrideDialog.OK || analysis == null) {
			return;
		}
		FactorOverride override;
		try {
			override = new FactorOverride(risk.findingId(), dialog.factor(), dialog.value(),
					System.getProperty("user.name", "unknown"), Instant.now(), dialog.rationale().strip());
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(getSite().getShell(), OverrideDialog.TITLE, e.getMessage());
			override(risk, dialog.factor(), dialog.value(), dialog.rationale());
			return;
		}
		String modelId = analysis.model().getId();
		KnowledgeJob.schedule("Recording an override of " + risk.findingId(), analysis.file(), true, (knowledge, monitor) -> {
			RiskKnowledge.of(knowledge, modelId).override(override);
			return Boolean.TRUE;
		}, (done, failure) -> {
			if (failure != null) {
				MessageDialog.openError(getSite().getShell(), OverrideDialog.TITLE,
						"The override was not recorded: " + failure);
				override(risk, dialog.factor(), dialog.value(), dialog.rationale());
			} else {
				session.assess();
			}
		});
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		RiskSession.get().removeListener(listener);
		super.dispose();
	}

	// for tests

	/** The heat map shown, or null. */
	public HeatMapModel heatMapModel() {
		return model;
	}

	/** The rows the table shows. */
	public int rowCount() {
		return viewer.getTable().getItemCount();
	}

	public TableViewer viewer() {
		return viewer;
	}
}
