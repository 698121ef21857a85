package org.threatwright.ui.trace;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.requirements.RequirementStore;
import org.threatwright.risk.requirements.RequirementBook;
import org.threatwright.ui.analysis.KnowledgeAccess;
import org.threatwright.ui.analysis.RegisterState;
import org.threatwright.ui.compliance.CatalogueOption;
import org.threatwright.ui.analysis.KnowledgeJob;
import org.threatwright.ui.risk.RiskSession;

/**
 * Traceability matrices of the open model: elements × requirements and requirements × the clauses of a catalogue,
 * a dot where they are linked, rows and columns without any link (gaps) in a warning colour, the number of gaps in
 * each tab's heading. The tables are virtual (only rows on screen are built) and show at most
 * {@value #MAX_COLUMNS} columns, so large models stay responsive.
 */
public class TraceabilityView extends ViewPart {

	public static final String ID = "org.threatwright.ui.views.traceability";
	static final int MAX_COLUMNS = 200;
	private static final Color GAP = new Color(255, 222, 160);
	private static final Color LINKED = new Color(200, 230, 201);

	private final Consumer<RiskSession> listener = session -> reload();
	private TabFolder tabs;
	private Label elementsLabel;
	private Label clausesLabel;
	private Table elementsTable;
	private Table clausesTable;
	private Combo catalogueCombo;
	private RequirementBook book;
	private String problem;
	private TraceMatrix elements;
	private TraceMatrix clauses;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		tabs = new TabFolder(parent, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		Composite first = page("Elements \u00d7 requirements");
		elementsLabel = new Label(first, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(elementsLabel);
		elementsTable = table(first, () -> elements);
		Composite second = page("Requirements \u00d7 clauses");
		Composite bar = new Composite(second, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Catalogue:");
		catalogueCombo = new Combo(bar, SWT.READ_ONLY);
		for (CatalogueOption option : CatalogueOption.SINGLE) {
			catalogueCombo.add(option.label());
		}
		catalogueCombo.select(0);
		catalogueCombo.addListener(SWT.Selection, event -> rebuild());
		clausesLabel = new Label(bar, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(clausesLabel);
		clausesTable = table(second, () -> clauses);
		RiskSession.get().addListener(listener);
		reload();
	}

	private Composite page(String title) {
		Composite page = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(page);
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(page);
		return page;
	}

	private Table table(Composite parent, java.util.function.Supplier<TraceMatrix> matrix) {
		Table table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		table.addListener(SWT.SetData, event -> {
			TraceMatrix shown = matrix.get();
			TableItem item = (TableItem) event.item;
			int row = table.indexOf(item);
			if (shown == null || row >= shown.rows().size()) {
				return;
			}
			item.setText(0, shown.rows().get(row).label() + (shown.isRowGap(row) ? "  (gap)" : ""));
			if (shown.isRowGap(row)) {
				item.setBackground(0, GAP);
			}
			int columns = Math.min(MAX_COLUMNS, shown.columns().size());
			for (int j = 0; j < columns; j++) {
				boolean linked = shown.linked(row, j);
				item.setText(j + 1, linked ? "\u25cf" : "");
				item.setBackground(j + 1, linked ? LINKED : shown.isColumnGap(j) || shown.isRowGap(row) ? GAP : null);
			}
		});
		return table;
	}

	/** Reads the requirements from the knowledge base and the catalogue clauses, as a job. */
	public void reload() {
		if (tabs == null || tabs.isDisposed()) {
			return;
		}
		RegisterState state = RiskSession.get().analysis();
		if (state == null || state.file() == null || !KnowledgeAccess.exists(state.file())) {
			book = state == null ? null : RequirementBook.empty();
			problem = null;
			rebuild();
			return;
		}
		String modelId = state.model().getId();
		KnowledgeJob.schedule("Reading the traceability of " + state.file().getFileName(), state.file(), false,
				(knowledge, monitor) -> RequirementStore.of(knowledge, modelId).book(), (result, failure) -> {
					book = result;
					problem = failure;
					rebuild();
				});
	}

	private void rebuild() {
		if (tabs.isDisposed()) {
			return;
		}
		RegisterState state = RiskSession.get().analysis();
		CatalogueOption catalogue = CatalogueOption.SINGLE.get(Math.max(0, catalogueCombo.getSelectionIndex()));
		if (state == null || book == null) {
			elements = null;
			clauses = null;
		} else {
			elements = TraceMatrix.elementsByRequirements(state.findings(), book);
			clauses = TraceMatrix.requirementsByClauses(book, Catalogues.builtIn().requirements(catalogue.scheme()));
		}
		fill(elementsTable, elements, "Element");
		fill(clausesTable, clauses, "Requirement");
		elementsLabel.setText(elements == null ? "" : gapText(elements, "element(s) with findings and no requirement",
				"requirement(s) traced to no element"));
		clausesLabel.setText(clauses == null ? "" : gapText(clauses, "requirement(s) serving no clause of " + catalogue.label(),
				"clause(s) no requirement serves"));
		tabs.getItem(0).setText("Elements \u00d7 requirements" + (elements == null ? "" : " (" + elements.gapCount() + " gaps)"));
		tabs.getItem(1).setText("Requirements \u00d7 clauses" + (clauses == null ? "" : " (" + clauses.gapCount() + " gaps)"));
		elementsLabel.getParent().layout(true, true);
		clausesLabel.getParent().getParent().layout(true, true);
		setContentDescription(header(state));
	}

	private static String gapText(TraceMatrix matrix, String rowGaps, String columnGaps) {
		String more = matrix.columns().size() > MAX_COLUMNS ? " Showing the first " + MAX_COLUMNS + " of "
				+ matrix.columns().size() + " columns." : "";
		return matrix.rows().size() + " \u00d7 " + matrix.columns().size() + ": " + matrix.rowGaps().size() + " " + rowGaps
				+ ", " + matrix.columnGaps().size() + " " + columnGaps + " (gaps in orange)." + more;
	}

	private String header(RegisterState state) {
		if (state == null) {
			return "No traceability: open a model (Ctrl+O).";
		}
		String name = state.file() == null ? String.valueOf(state.model().getName()) : state.file().getFileName().toString();
		if (problem != null) {
			return name + ": traceability unavailable, the knowledge base cannot be used: " + problem;
		}
		if (book == null) {
			return name + ": reading the requirements\u2026";
		}
		return name + ": " + (elements == null ? 0 : elements.gapCount()) + " gaps between elements and requirements, "
				+ (clauses == null ? 0 : clauses.gapCount()) + " between requirements and clauses"
				+ (book.requirements().isEmpty() ? " (no requirements yet: derive them in the Requirements view)" : "");
	}

	private static void fill(Table table, TraceMatrix matrix, String firstTitle) {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			TableColumn first = new TableColumn(table, SWT.NONE);
			first.setText(firstTitle);
			first.setWidth(260);
			if (matrix == null) {
				return;
			}
			int columns = Math.min(MAX_COLUMNS, matrix.columns().size());
			for (int j = 0; j < columns; j++) {
				TableColumn column = new TableColumn(table, SWT.CENTER);
				boolean gap = matrix.isColumnGap(j);
				column.setText(matrix.columns().get(j).label() + (gap ? " !" : ""));
				column.setToolTipText(matrix.columns().get(j).id() + (gap ? ": no link (gap)" : ""));
				// long requirement ids are cut: the tooltip has the whole id, and more columns fit on screen
				column.setWidth(Math.min(150, Math.max(48, matrix.columns().get(j).label().length() * 8 + 16)));
			}
			table.setItemCount(matrix.rows().size());
			table.clearAll();
		} finally {
			table.setRedraw(true);
		}
	}

	@Override
	public void setFocus() {
		tabs.setFocus();
	}

	@Override
	public void dispose() {
		RiskSession.get().removeListener(listener);
		super.dispose();
	}

	// for tests

	public TraceMatrix elementsMatrix() {
		return elements;
	}

	public TraceMatrix clausesMatrix() {
		return clauses;
	}

	List<Table> tables() {
		return List.of(elementsTable, clausesTable);
	}
}
