package org.threatwright.ui.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.compliance.ClauseResult;
import org.threatwright.kb.compliance.ComplianceCheck;
import org.threatwright.kb.compliance.ComplianceReport;
import org.threatwright.kb.compliance.ComplianceStatus;
import org.threatwright.kb.requirements.RequirementStore;
import org.threatwright.kb.risk.RiskKnowledge;
import org.threatwright.kb.risk.RiskRdf;
import org.threatwright.kb.store.Statement;
import org.threatwright.risk.register.RiskRegister;
import org.threatwright.risk.requirements.RequirementBook;
import org.threatwright.ui.analysis.RegisterState;
import org.threatwright.ui.analysis.KnowledgeJob;
import org.threatwright.ui.risk.RiskSession;

/**
 * The compliance dashboard: pick a catalogue and the compliance class (the model's declared one or another), Check
 * runs the compliance check as a job (what {@code threatwright comply} does: the model, its current analysis and
 * triage, its risks assessed with people's decisions, its requirements, controls and evidence), and the table shows
 * every clause met, not met, needing manual evidence, not applicable or reserved, with the totals in the header.
 * Selecting a clause shows its evidence.
 */
public class ComplianceView extends ViewPart {

	public static final String ID = "org.threatwright.ui.views.compliance";
	private static final Color MET = new Color(200, 230, 201);
	private static final Color NOT_MET = new Color(239, 154, 154);
	private static final Color MANUAL = new Color(255, 224, 130);
	private static final Color QUIET = new Color(230, 230, 230);

	/** A report with the requirement book it was checked with. */
	record Checked(ComplianceReport report, RequirementBook book) {
	}

	private final Consumer<RiskSession> listener = session -> analysisChanged();
	private Combo catalogueCombo;
	private Combo classCombo;
	private Button checkButton;
	private Label totalsLabel;
	private TableViewer viewer;
	private Text evidenceText;
	private ComplianceRows rows;
	private RequirementBook book;
	private RegisterState checkedFor;
	private String problem;
	private boolean running;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Catalogue:");
		catalogueCombo = new Combo(bar, SWT.READ_ONLY);
		CatalogueOption.ALL.forEach(option -> catalogueCombo.add(option.label()));
		catalogueCombo.select(0);
		new Label(bar, SWT.NONE).setText("Class:");
		classCombo = new Combo(bar, SWT.READ_ONLY);
		classCombo.add("declared by the model");
		for (int c = 0; c <= 4; c++) {
			classCombo.add("class " + c);
		}
		classCombo.select(0);
		checkButton = new Button(bar, SWT.PUSH);
		checkButton.setText("Check");
		checkButton.setToolTipText("Run the compliance check of the open model against the catalogue (background job)");
		checkButton.addListener(SWT.Selection, event -> check());
		totalsLabel = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(totalsLabel);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column("Catalogue", 130, ClauseResult::catalogue, false);
		column("Clause", 90, ClauseResult::notation, false);
		column("Status", 150, clause -> clause.status().label(), true);
		column("Title", 330, ClauseResult::title, false);
		column("Why", 420, ClauseResult::reason, false);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		table.addListener(SWT.Selection, event -> showEvidence());
		evidenceText = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		sash.setWeights(60, 40);
		RiskSession.get().addListener(listener);
		show();
	}

	private void column(String title, int width, java.util.function.Function<ClauseResult, String> text, boolean coloured) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((ClauseResult) element);
				return value == null ? "" : value;
			}

			@Override
			public Color getBackground(Object element) {
				return coloured ? colour(((ClauseResult) element).status()) : null;
			}
		});
	}

	static Color colour(ComplianceStatus status) {
		return switch (status) {
			case MET -> MET;
			case NOT_MET -> NOT_MET;
			case MANUAL -> MANUAL;
			case NOT_APPLICABLE, RESERVED -> QUIET;
		};
	}

	private void analysisChanged() {
		RegisterState state = RiskSession.get().analysis();
		if (rows != null && (state == null || checkedFor == null || state.model() != checkedFor.model())) {
			rows = null; // another model: the old report does not describe it
			book = null;
		}
		show();
	}

	/** Runs the compliance check of the current analysis against the chosen catalogue and class, as a job. */
	public KnowledgeJob<Checked> check() {
		RegisterState state = RiskSession.get().analysis();
		if (state == null || state.file() == null || !state.modelErrors().isEmpty()) {
			return null;
		}
		CatalogueOption catalogue = CatalogueOption.ALL.get(Math.max(0, catalogueCombo.getSelectionIndex()));
		int chosenClass = classCombo.getSelectionIndex() - 1;
		running = true;
		show();
		return KnowledgeJob.schedule("Checking compliance of " + state.file().getFileName(), state.file(), true,
				(knowledge, monitor) -> {
					monitor.subTask("Assessing the risks");
					String modelId = state.model().getId();
					RiskRegister risks = RiskKnowledge.of(knowledge, modelId).assess(state.model(),
							state.register().evaluationDate(), state.findings());
					RequirementStore requirements = RequirementStore.of(knowledge, modelId);
					List<Statement> records = new ArrayList<>(RiskRdf.map(modelId, risks.method(), risks.risks()));
					records.addAll(requirements.statements());
					RequirementBook recorded = requirements.book();
					KnowledgeJob.checkCancelled(monitor);
					monitor.subTask("Checking the clauses");
					ComplianceCheck check = ComplianceCheck.of(state.model(), state.register()).with(records);
					check.catalogues(Catalogues.builtIn());
					catalogue.schemes().forEach(check::catalogue);
					if (chosenClass >= 0) {
						check.complianceClass(chosenClass);
					}
					return new Checked(check.evaluate(), recorded);
				}, (result, failure) -> {
					running = false;
					problem = failure;
					if (result != null) {
						rows = new ComplianceRows(result.report());
						book = result.book();
						checkedFor = state;
						int chosen = classCombo.getSelectionIndex();
						classCombo.setItem(0, "declared by the model (class " + result.report().declaredClass() + ")");
						classCombo.select(Math.max(0, chosen)); // GTK clears the selection of a changed item
					}
					show();
				});
	}

	private void show() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		RegisterState state = RiskSession.get().analysis();
		checkButton.setEnabled(!running && state != null && state.file() != null && state.modelErrors().isEmpty());
		viewer.setInput(rows == null ? List.of() : rows.rows());
		totalsLabel.setText(rows == null ? "" : rows.summary());
		totalsLabel.getParent().layout(true, true);
		evidenceText.setText(rows == null ? "Check, then select a clause to see its evidence."
				: "Select a clause to see its evidence.");
		setContentDescription(header(state));
	}

	private String header(RegisterState state) {
		if (state == null) {
			return "No compliance status: open a model (Ctrl+O), then Check.";
		}
		String name = state.file() == null ? String.valueOf(state.model().getName()) : state.file().getFileName().toString();
		if (!state.modelErrors().isEmpty()) {
			return name + ": the model has errors, so it cannot be checked (see the Threat Register).";
		}
		if (problem != null) {
			return name + ": compliance unavailable, the knowledge base cannot be used: " + problem;
		}
		if (running) {
			return name + ": checking compliance\u2026";
		}
		if (rows == null) {
			return name + ": not checked yet. Choose the catalogue and class, then Check.";
		}
		ComplianceReport report = rows.report();
		return name + " on " + report.evaluationDate() + ", class " + report.complianceClass()
				+ (report.complianceClass() == report.declaredClass() ? " (declared)" : " (declared " + report.declaredClass() + ")")
				+ ": " + report.clauses().size() + " clauses, " + (report.hasNotMet() ? "NOT all applicable clauses met"
						: "no applicable clause is unmet");
	}

	private void showEvidence() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		if (first instanceof ClauseResult clause) {
			evidenceText.setText(String.join("\n", ComplianceRows.evidence(clause, book)));
		}
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

	public ComplianceRows rows() {
		return rows;
	}

	public TableViewer viewer() {
		return viewer;
	}

	public String evidenceText() {
		return evidenceText.getText();
	}
}
