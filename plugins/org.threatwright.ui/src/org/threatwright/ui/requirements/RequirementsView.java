package org.threatwright.ui.requirements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.threatwright.kb.requirements.RequirementStore;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.requirements.Change;
import org.threatwright.risk.requirements.ControlStatus;
import org.threatwright.risk.requirements.EvidenceKind;
import org.threatwright.risk.requirements.FindingIndex;
import org.threatwright.risk.requirements.RequirementBook;
import org.threatwright.risk.requirements.RequirementDerivation;
import org.threatwright.risk.requirements.RequirementTemplates;
import org.threatwright.risk.requirements.VerificationResult;
import org.threatwright.ui.analysis.KnowledgeAccess;
import org.threatwright.ui.analysis.RegisterState;
import org.threatwright.ui.risk.FieldsDialog;
import org.threatwright.ui.analysis.KnowledgeJob;
import org.threatwright.ui.risk.RiskSession;

/**
 * The security requirements of the open model (ZVEI 1.2), kept in its knowledge base: status, the risks they answer,
 * the controls that implement them and their verification state. Derive requirements, Add control... and Record
 * verification... write through the core as {@code threatwright requirement derive}, {@code control add} and
 * {@code verify add} do, each as a job.
 */
public class RequirementsView extends ViewPart {

	public static final String ID = "org.threatwright.ui.views.requirements";
	public static final String ADD_CONTROL = "Add control";
	public static final String RECORD_VERIFICATION = "Record verification";

	private final Consumer<RiskSession> listener = session -> reload();
	private TableViewer viewer;
	private Text controlsText;
	private Button deriveButton;
	private RequirementBook book;
	private String problem;
	private boolean loading;
	private String lastMessage = "";

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		deriveButton = button(bar, "Derive requirements",
				"Derive requirements from the findings whose risk exceeds the acceptance threshold", this::derive);
		button(bar, ADD_CONTROL + "...", "Record a control that implements the selected requirement", this::addControl);
		button(bar, RECORD_VERIFICATION + "...", "Record verification evidence about the selected requirement",
				this::recordVerification);
		button(bar, "Reload", "Read the requirements from the knowledge base again", this::reload);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column("Id", 230, row -> row.requirement().id());
		column("Title", 320, row -> row.requirement().title());
		column("Status", 80, row -> row.requirement().status().label());
		column("Findings", 65, row -> String.valueOf(row.requirement().findings().size()));
		column("Risks", 160, RequirementRows.Row::risks);
		column("Controls", 180, RequirementRows.Row::controls);
		column("Verification", 220, RequirementRows.Row::verification);
		column("Clauses", 90, row -> String.valueOf(row.requirement().clauses().size()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		controlsText = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP | SWT.BORDER);
		sash.setWeights(75, 25);
		RiskSession.get().addListener(listener);
		reload();
	}

	private Button button(Composite bar, String text, String tip, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void column(String title, int width, java.util.function.Function<RequirementRows.Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((RequirementRows.Row) element);
			}
		});
	}

	/** Reads the requirements, controls and evidence from the knowledge base, as a job. */
	public void reload() {
		RegisterState state = RiskSession.get().analysis();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (state == null || state.file() == null || !KnowledgeAccess.exists(state.file())) {
			book = null;
			problem = null;
			show();
			return;
		}
		loading = true;
		show();
		String modelId = state.model().getId();
		KnowledgeJob.schedule("Reading the requirements of " + state.file().getFileName(), state.file(), false,
				(knowledge, monitor) -> RequirementStore.of(knowledge, modelId).book(), (result, failure) -> {
					loading = false;
					book = result;
					problem = failure;
					show();
				});
	}

	private void show() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		RegisterState state = RiskSession.get().analysis();
		Map<String, RiskAssessment> risks = new HashMap<>();
		if (RiskSession.get().register() != null) {
			RiskSession.get().register().risks().forEach(r -> risks.put(r.findingId(), r));
		}
		viewer.setInput(book == null ? List.of() : RequirementRows.of(book, risks));
		controlsText.setText(book == null ? "" : "Controls:\n" + String.join("\n", RequirementRows.controlLines(book))
				+ "\n\nVerification evidence: " + book.evidence().size() + (lastMessage.isEmpty() ? "" : "\n\n" + lastMessage));
		deriveButton.setEnabled(state != null && state.file() != null && state.modelErrors().isEmpty());
		setContentDescription(header(state));
	}

	private String header(RegisterState state) {
		if (state == null) {
			return "No requirements: open a model (Ctrl+O).";
		}
		String name = state.file() == null ? String.valueOf(state.model().getName()) : state.file().getFileName().toString();
		if (problem != null) {
			return name + ": requirements unavailable, the knowledge base cannot be used: " + problem;
		}
		if (loading) {
			return name + ": reading the requirements\u2026";
		}
		if (book == null || book.requirements().isEmpty()) {
			return name + ": no requirements yet. Derive requirements makes them from the findings whose risk exceeds"
					+ " the acceptance threshold.";
		}
		long verified = RequirementRows.of(book, Map.of()).stream().filter(r -> r.verification().startsWith("verified"))
				.count();
		return name + ": " + book.requirements().size() + " requirements, " + book.controls().size() + " controls, "
				+ verified + " verified, " + book.evidence().size() + " pieces of evidence";
	}

	private static Change change() {
		return new Change(System.getProperty("user.name", "unknown"), Instant.now());
	}

	/** Derives requirements as {@code threatwright requirement derive} does: assess and publish risks, then derive. */
	public void derive() {
		RegisterState state = RiskSession.get().analysis();
		if (state == null || state.file() == null) {
			return;
		}
		KnowledgeJob.schedule("Deriving requirements for " + state.file().getFileName(), state.file(), true,
				(knowledge, monitor) -> {
					monitor.subTask("Assessing the risks");
					RiskSession.assessAndPublish(knowledge, state);
					KnowledgeJob.checkCancelled(monitor);
					monitor.subTask("Deriving requirements");
					RequirementStore store = RequirementStore.of(knowledge, state.model().getId());
					java.util.Set<String> exceeding = store.risks().exceeding();
					RequirementDerivation.Result result = store.change(b -> b.derive(FindingIndex.of(state.findings()),
							exceeding, RequirementTemplates.builtIn(), change()));
					return exceeding.size() + " finding(s) with a risk above the acceptance threshold; created "
							+ result.created().size() + " requirement(s), linked new findings to " + result.linked().size();
				}, (message, failure) -> done("Derive requirements", message, failure));
	}

	private void done(String what, String message, String failure) {
		if (failure != null) {
			MessageDialog.openError(getSite().getShell(), what, what + " failed: " + failure);
		}
		lastMessage = failure == null ? message : "";
		reload();
	}

	private String selectedId() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof RequirementRows.Row row ? row.requirement().id() : "";
	}

	/** Asks for a control implementing the selected requirement and records it (as {@code control add}). */
	public void addControl() {
		addControl(Arrays.asList("", "", "planned", selectedId()));
	}

	private void addControl(List<String> initial) {
		RegisterState state = RiskSession.get().analysis();
		if (state == null || state.file() == null) {
			return;
		}
		FieldsDialog dialog = new FieldsDialog(getSite().getShell(), ADD_CONTROL,
				"A security measure that implements requirements (ids separated by commas).", "Add",
				List.of(new FieldsDialog.Field("Title", null, true), new FieldsDialog.Field("Description", null, false),
						new FieldsDialog.Field("Status", labels(ControlStatus.values(), ControlStatus::label), true),
						new FieldsDialog.Field("Implements", null, false)),
				initial);
		if (dialog.open() != FieldsDialog.OK) {
			return;
		}
		List<String> v = dialog.values();
		KnowledgeJob.schedule("Adding a control", state.file(), true, (knowledge, monitor) -> RequirementStore
				.of(knowledge, state.model().getId())
				.change(b -> b.addControl(null, v.get(0), v.get(1), ControlStatus.ofLabel(v.get(2)), ids(v.get(3)),
						List.of(), List.of(), FindingIndex.of(state.findings()), change()))
				.id() + " added", (message, failure) -> {
					done(ADD_CONTROL, message, failure);
					if (failure != null) {
						addControl(v);
					}
				});
	}

	/** Asks for verification evidence about the selected requirement and records it (as {@code verify add}). */
	public void recordVerification() {
		recordVerification(Arrays.asList(selectedId(), "test-report", "passed", ""));
	}

	private void recordVerification(List<String> initial) {
		RegisterState state = RiskSession.get().analysis();
		if (state == null || state.file() == null) {
			return;
		}
		FieldsDialog dialog = new FieldsDialog(getSite().getShell(), RECORD_VERIFICATION,
				"Evidence that requirements are met (ZVEI 1.4): requirement ids separated by commas.", "Record",
				List.of(new FieldsDialog.Field("Requirements", null, true),
						new FieldsDialog.Field("Kind", labels(EvidenceKind.values(), EvidenceKind::label), true),
						new FieldsDialog.Field("Result", labels(VerificationResult.values(), VerificationResult::label), true),
						new FieldsDialog.Field("Summary", null, false)),
				initial);
		if (dialog.open() != FieldsDialog.OK) {
			return;
		}
		List<String> v = dialog.values();
		KnowledgeJob.schedule("Recording verification evidence", state.file(), true, (knowledge, monitor) -> RequirementStore
				.of(knowledge, state.model().getId())
				.change(b -> b.addEvidence(null, EvidenceKind.ofLabel(v.get(1)), VerificationResult.ofLabel(v.get(2)),
						LocalDate.now(), null, v.get(3), ids(v.get(0)), List.of(), List.of(), change()))
				.id() + " recorded", (message, failure) -> {
					done(RECORD_VERIFICATION, message, failure);
					if (failure != null) {
						recordVerification(v);
					}
				});
	}

	private static List<String> ids(String text) {
		return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static <E> List<String> labels(E[] values, java.util.function.Function<E, String> label) {
		return Arrays.stream(values).map(label).toList();
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

	public RequirementBook book() {
		return book;
	}

	public TableViewer viewer() {
		return viewer;
	}
}
