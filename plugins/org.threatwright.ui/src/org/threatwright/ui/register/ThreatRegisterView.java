package org.threatwright.ui.register;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.Stride;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.ui.analysis.AnalysisSession;
import org.threatwright.ui.analysis.RegisterState;
import org.threatwright.ui.explorer.ModelExplorerView;

/**
 * The threat register of the open model: a virtual table of the findings (only the rows on screen are built, so
 * 50,000 findings stay responsive) sortable by any column, with filters, the open findings per severity, and the
 * selected finding explained underneath. Selecting a finding selects its element in the Model Explorer.
 */
public class ThreatRegisterView extends ViewPart {

	public static final String ID = "org.threatwright.ui.views.threatRegister";
	static final String ALL = "all";

	private final Consumer<AnalysisSession> sessionListener = session -> show();
	private Combo severityFilter;
	private Combo strideFilter;
	private Combo statusFilter;
	private Text ruleFilter;
	private Text elementFilter;
	private Label shownCount;
	private Composite heat;
	private TableViewer viewer;
	private FindingDetails details;
	private RegisterState shown;
	private RegisterRows rows;
	private long lastShowMillis;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		heat = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heat);
		createFilters(parent);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createTable(sash);
		details = new FindingDetails(sash, this::triageSelected);
		sash.setWeights(55, 45);
		AnalysisSession.get().addListener(sessionListener);
		show();
	}

	private void createFilters(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(11).margins(4, 2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		severityFilter = combo(bar, "Severity at least:", ALL, Severity.values(), Severity::label);
		strideFilter = combo(bar, "STRIDE:", ALL, Stride.values(), StrideLabels::words);
		statusFilter = combo(bar, "Status:", ALL, TriageStatus.values(), StatusLabels::words);
		ruleFilter = text(bar, "Rule:", "rule id or title");
		elementFilter = text(bar, "Element:", "element name or id");
		shownCount = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(shownCount);
	}

	private <T> Combo combo(Composite bar, String label, String all, T[] values,
			java.util.function.Function<T, String> text) {
		new Label(bar, SWT.NONE).setText(label);
		Combo combo = new Combo(bar, SWT.READ_ONLY);
		combo.add(all);
		for (T value : values) {
			combo.add(text.apply(value));
		}
		combo.select(0);
		combo.addListener(SWT.Selection, event -> filterChanged());
		return combo;
	}

	private Text text(Composite bar, String label, String message) {
		new Label(bar, SWT.NONE).setText(label);
		Text text = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		text.setMessage(message);
		GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, event -> filterChanged());
		return text;
	}

	private void createTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL
				| SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (RegisterColumn column : RegisterColumn.values()) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
			TableColumn widget = viewerColumn.getColumn();
			widget.setText(column.title());
			widget.setWidth(column.width());
			widget.setMoveable(true);
			widget.addListener(SWT.Selection, event -> sortBy(column, widget));
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					Finding finding = (Finding) element;
					return column.text(finding, shown.statusOf(finding));
				}

				@Override
				public Color getBackground(Object element) {
					return column == RegisterColumn.SEVERITY ? SeverityColors.of(((Finding) element).severity()) : null;
				}
			});
		}
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (rows != null && index < rows.size()) {
					viewer.replace(rows.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
				// the rows are kept by the view
			}
		});
		viewer.setUseHashlookup(false);
		viewer.setInput(this);
		table.addListener(SWT.Selection, event -> rowSelected());
		table.addListener(SWT.DefaultSelection, event -> triageSelected());
	}

	/** Shows the session's current analysis; keeps filters, sort order and the selected finding. */
	private void show() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		long start = System.nanoTime();
		AnalysisSession session = AnalysisSession.get();
		RegisterState state = session.state();
		if (state == null) {
			shown = null;
			rows = null;
		} else if (shown == null || shown.findings() != state.findings()) {
			shown = state;
			rows = new RegisterRows(state.findings(), finding -> shown.statusOf(finding));
			applyFilterAndSort();
		} else {
			shown = state; // same findings, other decisions
		}
		describe(session);
		showHeat();
		refreshRows();
		lastShowMillis = (System.nanoTime() - start) / 1_000_000;
	}

	/** How long the view took to take in the last analysis or decision (for the performance figures). */
	public long lastShowMillis() {
		return lastShowMillis;
	}

	private void describe(AnalysisSession session) {
		if (shown == null) {
			setContentDescription(!session.note().isEmpty() ? session.note()
					: "No analysis: open a model (Ctrl+O) or run Analyse (Ctrl+Shift+A)");
			return;
		}
		Path file = shown.file();
		String name = file == null ? String.valueOf(shown.model().getName()) : file.getFileName().toString();
		StringBuilder text = new StringBuilder(name);
		if (!shown.modelErrors().isEmpty()) {
			text.append(": not analysed, the model has ").append(shown.modelErrors().size())
					.append(" error(s), first: ").append(shown.modelErrors().get(0));
		} else {
			text.append(" on ").append(shown.register().evaluationDate()).append(": ")
					.append(shown.findings().size()).append(" findings, ").append(shown.register().openCount())
					.append(" open");
			if (!shown.register().failures().isEmpty()) {
				text.append("; ").append(shown.register().failures().size()).append(" rule(s) failed");
			}
		}
		if (shown.knowledgeProblem() != null) {
			text.append(" \u2014 knowledge base unavailable, decisions not shown: ").append(shown.knowledgeProblem());
		}
		if (!session.note().isEmpty()) {
			text.append(" \u2014 ").append(session.note());
		}
		setContentDescription(text.toString());
	}

	/** One coloured cell per severity with its count of open findings: the counts triage brings down. */
	private void showHeat() {
		for (var child : heat.getChildren()) {
			child.dispose();
		}
		GridLayoutFactory.fillDefaults().numColumns(Severity.values().length + 1).margins(4, 2).spacing(2, 0)
				.applyTo(heat);
		Label title = new Label(heat, SWT.NONE);
		title.setText(shown == null ? "" : "Open findings by severity:");
		if (shown != null) {
			int height = title.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + 4;
			for (Map.Entry<Severity, Integer> count : shown.openBySeverity().entrySet()) {
				heatCell(count.getKey().label() + " " + count.getValue(), SeverityColors.of(count.getKey()), height);
			}
		}
		heat.getParent().layout(true, true);
	}

	/** Painted rather than a coloured Label: the workbench's CSS theme resets the backgrounds of labels. */
	private void heatCell(String text, Color background, int height) {
		Canvas cell = new Canvas(heat, SWT.NONE);
		cell.setData(text);
		cell.addPaintListener(event -> {
			Rectangle area = cell.getClientArea();
			event.gc.setBackground(background);
			event.gc.fillRectangle(area);
			event.gc.setForeground(cell.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			Point extent = event.gc.textExtent(text);
			event.gc.drawText(text, (area.width - extent.x) / 2, (area.height - extent.y) / 2, true);
		});
		GridDataFactory.fillDefaults().hint(100, height).applyTo(cell);
	}

	private void refreshRows() {
		String selected = selectedFinding() == null ? null : selectedFinding().id();
		int count = rows == null ? 0 : rows.size();
		Table table = viewer.getTable();
		table.deselectAll();
		// not viewer.refresh(): on a virtual table it walks every item; clearing makes SWT ask (SetData) only
		// for the rows it paints again
		viewer.setItemCount(count);
		table.clearAll();
		shownCount.setText(rows == null ? "" : count == rows.total() ? count + " findings"
				: count + " of " + rows.total() + " findings");
		shownCount.getParent().layout(true);
		int row = selected == null || rows == null ? -1 : rows.rowOf(selected);
		if (row >= 0) {
			viewer.getTable().setSelection(row);
		}
		rowSelected();
	}

	private void filterChanged() {
		if (rows != null) {
			applyFilterAndSort();
			refreshRows();
		}
	}

	private void applyFilterAndSort() {
		rows.setFilter(new RegisterFilter(choice(severityFilter, Severity.values()), choice(strideFilter, Stride.values()),
				choice(statusFilter, TriageStatus.values()), ruleFilter.getText(), elementFilter.getText()));
	}

	private static <T> T choice(Combo combo, T[] values) {
		int index = combo.getSelectionIndex();
		return index <= 0 ? null : values[index - 1];
	}

	/** First click on a column sorts ascending, the next descending, the third returns to the analysis order. */
	private void sortBy(RegisterColumn column, TableColumn widget) {
		if (rows == null) {
			return;
		}
		Table table = viewer.getTable();
		if (rows.sortColumn() != column) {
			rows.sortBy(column, true);
		} else if (rows.ascending()) {
			rows.sortBy(column, false);
		} else {
			rows.sortBy(null, true);
		}
		table.setSortColumn(rows.sortColumn() == null ? null : widget);
		table.setSortDirection(rows.sortColumn() == null ? SWT.NONE : rows.ascending() ? SWT.UP : SWT.DOWN);
		refreshRows();
	}

	private void rowSelected() {
		Finding finding = selectedFinding();
		details.show(finding, finding == null ? null : shown.decisionOf(finding).orElse(null),
				finding == null ? TriageStatus.OPEN : shown.statusOf(finding));
		if (finding != null) {
			EObject element = shown.objects().get(finding.subjects().get(0).id());
			ModelExplorerView explorer = (ModelExplorerView) getSite().getPage().findView(ModelExplorerView.ID);
			if (element != null && explorer != null) {
				explorer.reveal(element);
			}
		}
	}

	/** The finding selected in the table, or null. */
	public Finding selectedFinding() {
		int index = viewer.getTable().getSelectionIndex();
		return rows == null || index < 0 || index >= rows.size() ? null : rows.get(index);
	}

	/** Selects the finding with {@code id} if the filter shows it; for tests and for other views. */
	public boolean select(String id) {
		int row = rows == null ? -1 : rows.rowOf(id);
		if (row < 0) {
			return false;
		}
		viewer.getTable().setSelection(row);
		rowSelected();
		return true;
	}

	/** Opens the triage dialog on the selected finding. */
	public void triageSelected() {
		Finding finding = selectedFinding();
		if (finding != null) {
			TriageFlow.start(getSite().getShell(), finding, shown.decisionOf(finding).orElse(null));
		}
	}

	/** The rows shown, for tests; null when nothing is analysed. */
	public RegisterRows rows() {
		return rows;
	}

	/** The table, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	/** The filter widgets, for tests: severity, STRIDE, status combos. */
	public List<Combo> filterCombos() {
		return List.of(severityFilter, strideFilter, statusFilter);
	}

	/** The filter widgets, for tests: rule and element text. */
	public List<Text> filterTexts() {
		return List.of(ruleFilter, elementFilter);
	}

	/** The open counts per severity as shown, for tests: "critical 2", "high 5", ... */
	public List<String> heatCells() {
		return java.util.Arrays.stream(heat.getChildren()).skip(1).map(c -> (String) c.getData()).toList();
	}

	/** The explanation pane's text, for tests. */
	public String detailsText() {
		return details.text();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		AnalysisSession.get().removeListener(sessionListener);
		super.dispose();
	}
}
