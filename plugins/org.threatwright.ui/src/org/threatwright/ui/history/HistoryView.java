package org.threatwright.ui.history;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.part.ViewPart;
import org.threatwright.kb.decisions.DecisionLog;
import org.threatwright.kb.decisions.DesignDecision;
import org.threatwright.kb.decisions.NewDecision;
import org.threatwright.kb.history.BaselineInfo;
import org.threatwright.kb.history.Baselines;
import org.threatwright.kb.history.HistoryDiff;
import org.threatwright.kb.history.HistoryText;
import org.threatwright.kb.history.ImpactReport;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.history.ModelHistory;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.ui.analysis.KnowledgeAccess;
import org.threatwright.ui.analysis.KnowledgeJob;
import org.threatwright.ui.explorer.ModelLabels;
import org.threatwright.ui.session.ModelSession;

/**
 * History of the open model's saved file in its knowledge base: the baselines (create one, compare two or a
 * baseline with the working model: the semantic diff and the change impact) and the design decisions (record one,
 * supersede one). All knowledge-base work runs as background jobs; a knowledge base that cannot be used is named in
 * the view's header and the status line, and a dialog reopens with what was typed.
 */
public class HistoryView extends ViewPart {

	public static final String ID = "org.threatwright.ui.views.history";
	/** New findings at or above this severity count in the change impact (as {@code threatwright impact}). */
	static final String IMPACT_SEVERITY = "medium";

	private final Consumer<ModelSession> modelListener = session -> refresh();
	private TabFolder tabs;
	private TableViewer baselineTable;
	private Combo from;
	private Combo to;
	private Button compare;
	private Button createBaseline;
	private Tree diffTree;
	private Text impactText;
	private TableViewer decisionTable;
	private Text decisionDetails;
	private Button newDecision;
	private Button supersede;

	private Path shownFile;
	private List<BaselineInfo> baselines = List.of();
	private List<DesignDecision> decisions = List.of();
	private HistoryDiff diff;
	private ImpactReport impact;
	private String failure;

	@Override
	public void createPartControl(Composite parent) {
		tabs = new TabFolder(parent, SWT.TOP);
		TabItem baselineTab = new TabItem(tabs, SWT.NONE);
		baselineTab.setText("&Baselines and changes");
		baselineTab.setControl(baselinesPage(tabs));
		TabItem decisionTab = new TabItem(tabs, SWT.NONE);
		decisionTab.setText("&Decisions");
		decisionTab.setControl(decisionsPage(tabs));
		ModelSession.get().addListener(modelListener);
		refresh();
	}

	private Composite baselinesPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(page, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		bar.setLayout(new GridLayout(7, false));
		createBaseline = button(bar, "&Create Baseline...", this::createBaselineDialog);
		new Label(bar, SWT.NONE).setText("   &From:");
		from = new Combo(bar, SWT.READ_ONLY);
		from.setLayoutData(comboWidth());
		new Label(bar, SWT.NONE).setText("&To:");
		to = new Combo(bar, SWT.READ_ONLY);
		to.setLayoutData(comboWidth());
		compare = button(bar, "Co&mpare", () -> compare(from.getText(), to.getText()));
		button(bar, "Re&fresh", this::refresh);

		SashForm sash = new SashForm(page, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		baselineTable = table(sash);
		column(baselineTable, "Baseline", 14, BaselineInfo::name);
		column(baselineTable, "Version", 10, (BaselineInfo b) -> b.version() == null ? "-" : b.version());
		column(baselineTable, "Created by", 12, BaselineInfo::author);
		column(baselineTable, "Created", 22, (BaselineInfo b) -> b.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
		column(baselineTable, "Contents", 42, HistoryView::parts);
		baselineTable.addSelectionChangedListener(event -> {
			Object selected = baselineTable.getStructuredSelection().getFirstElement();
			if (selected instanceof BaselineInfo info) {
				from.setText(info.name());
				to.setText(Baselines.WORKING);
			}
		});

		SashForm results = new SashForm(sash, SWT.HORIZONTAL);
		diffTree = new Tree(results, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		diffTree.setHeaderVisible(true);
		diffTree.setLinesVisible(true);
		TreeColumn change = new TreeColumn(diffTree, SWT.NONE);
		change.setText("Change");
		change.setWidth(460);
		TreeColumn meaning = new TreeColumn(diffTree, SWT.NONE);
		meaning.setText("What it means for security");
		meaning.setWidth(520);
		impactText = new Text(results, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		results.setWeights(64, 36);
		sash.setWeights(30, 70);
		return page;
	}

	private Composite decisionsPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(page, SWT.NONE);
		bar.setLayout(new GridLayout(3, false));
		newDecision = button(bar, "&New Decision...", () -> decisionDialog(null, DecisionDialog.DecisionInput.empty()));
		supersede = button(bar, "&Supersede...", () -> {
			DesignDecision selected = selectedDecision();
			if (selected != null) {
				decisionDialog(selected, DecisionDialog.DecisionInput.succeeding(selected));
			}
		});
		button(bar, "Re&fresh", this::refresh);
		SashForm sash = new SashForm(page, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		decisionTable = table(sash);
		column(decisionTable, "Id", 8, DesignDecision::id);
		column(decisionTable, "Status", 10, (DesignDecision d) -> d.status().label());
		column(decisionTable, "Date", 10, (DesignDecision d) -> d.date().toString());
		column(decisionTable, "By", 10, DesignDecision::author);
		column(decisionTable, "Title", 44, DesignDecision::title);
		column(decisionTable, "Superseded by", 12, (DesignDecision d) -> d.supersededBy() == null ? "" : d.supersededBy());
		decisionDetails = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		decisionTable.addSelectionChangedListener(event -> showDecision());
		decisionTable.addDoubleClickListener(event -> supersede.notifyListeners(SWT.Selection, null));
		sash.setWeights(55, 45);
		return page;
	}

	private static GridData comboWidth() {
		GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		data.widthHint = 150;
		return data;
	}

	private static Button button(Composite bar, String text, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private static TableViewer table(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new TableColumnLayout());
		TableViewer viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	/** A column whose heading sorts by its text; a second click reverses. */
	private static <T> void column(TableViewer viewer, String title, int weight, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		((TableColumnLayout) viewer.getTable().getParent().getLayout()).setColumnData(column.getColumn(),
				new ColumnWeightData(weight, 60));
		@SuppressWarnings("unchecked")
		Function<Object, String> any = o -> text.apply((T) o);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return any.apply(element);
			}
		});
		column.getColumn().addListener(SWT.Selection, e -> {
			boolean up = viewer.getTable().getSortColumn() != column.getColumn() || viewer.getTable().getSortDirection() == SWT.DOWN;
			viewer.getTable().setSortColumn(column.getColumn());
			viewer.getTable().setSortDirection(up ? SWT.UP : SWT.DOWN);
			Comparator<Object> order = Comparator.comparing(any, String.CASE_INSENSITIVE_ORDER);
			viewer.setComparator(new ViewerComparator() {
				@Override
				public int compare(Viewer v, Object a, Object b) {
					return up ? order.compare(a, b) : order.compare(b, a);
				}
			});
		});
	}

	/** Reads the baselines and decisions of the open model's file again, in the background. */
	public KnowledgeJob<?> refresh() {
		if (tabs == null || tabs.isDisposed()) {
			return null;
		}
		Path file = ModelSession.get().file();
		if (file != shownFile) {
			diff = null;
			impact = null;
		}
		shownFile = file;
		if (file == null) {
			baselines = List.of();
			decisions = List.of();
			failure = null;
			show();
			return null;
		}
		if (!KnowledgeAccess.exists(file)) {
			baselines = List.of();
			decisions = List.of();
			failure = null;
			show();
			return null;
		}
		return schedule("Reading the history of " + file.getFileName(), (history, model, knowledge, monitor) -> new Lists(
				history.baselines().list(), new DecisionLog(knowledge.store(), model.getId()).list()), lists -> {
					baselines = lists.baselines();
					decisions = lists.decisions();
					failure = null;
					show();
				}, this::failed);
	}

	private record Lists(List<BaselineInfo> baselines, List<DesignDecision> decisions) {
	}

	/** Compares two snapshots (baseline names or {@value Baselines#WORKING}) in the background. */
	public KnowledgeJob<?> compare(String fromName, String toName) {
		if (shownFile == null || fromName.isBlank() || toName.isBlank()) {
			return null;
		}
		return schedule("Comparing " + fromName + " with " + toName, (history, model, knowledge, monitor) -> {
			if (Baselines.WORKING.equals(toName) && !Baselines.WORKING.equals(fromName)) {
				return history.impact(fromName, IMPACT_SEVERITY);
			}
			return new ModelHistory.Impact(history.diff(fromName, toName), null);
		}, result -> {
			diff = result.diff();
			impact = result.report();
			failure = null;
			show();
		}, this::failed);
	}

	/** Creates a baseline in the background; on failure the dialog reopens with the input. */
	public KnowledgeJob<?> createBaseline(String name, String version, Consumer<String> onFailure) {
		return schedule("Creating baseline " + name, (history, model, knowledge, monitor) -> history.createBaseline(name,
				version == null || version.isBlank() ? null : version, author()), info -> {
					failure = null;
					refresh();
					from.setText(info.name());
				}, problem -> {
					failed(problem);
					onFailure.accept(problem);
				});
	}

	/** Records a design decision in the background; on failure {@code onFailure} gets the problem. */
	public KnowledgeJob<?> recordDecision(NewDecision request, Consumer<String> onFailure) {
		return schedule("Recording decision " + request.title(), (history, model, knowledge, monitor) -> new DecisionLog(
				knowledge.store(), model.getId()).add(request, elementIds(model), Set.of()), recorded -> {
					failure = null;
					refresh();
				}, problem -> {
					failed(problem);
					onFailure.accept(problem);
				});
	}

	private void createBaselineDialog() {
		openBaselineDialog(new BaselineDialog.BaselineInput("", ""));
	}

	private void openBaselineDialog(BaselineDialog.BaselineInput input) {
		if (shownFile == null) {
			return;
		}
		BaselineDialog dialog = new BaselineDialog(getSite().getShell(), shownFile.getFileName().toString(), input);
		if (dialog.open() != Window.OK) {
			return;
		}
		BaselineDialog.BaselineInput typed = dialog.input();
		createBaseline(typed.name(), typed.version(), problem -> {
			MessageDialog.openError(getSite().getShell(), "Baseline not created", problem);
			openBaselineDialog(typed);
		});
	}

	private void decisionDialog(DesignDecision superseded, DecisionDialog.DecisionInput input) {
		SystemModel model = ModelSession.get().model();
		if (shownFile == null || model == null) {
			return;
		}
		DecisionDialog dialog = new DecisionDialog(getSite().getShell(), superseded, elementChoices(model), input);
		if (dialog.open() != Window.OK) {
			return;
		}
		DecisionDialog.DecisionInput typed = dialog.input();
		NewDecision request;
		try {
			request = typed.request(author(), superseded == null ? null : superseded.id());
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(getSite().getShell(), "Decision not recorded", e.getMessage());
			decisionDialog(superseded, typed);
			return;
		}
		recordDecision(request, problem -> {
			MessageDialog.openError(getSite().getShell(), "Decision not recorded", problem + "; nothing was recorded");
			decisionDialog(superseded, typed);
		});
	}

	/** Work on the model as saved and its history in the open knowledge base. */
	@FunctionalInterface
	private interface HistoryWork<T> {
		T run(ModelHistory history, SystemModel model, ProductKnowledge knowledge, IProgressMonitor monitor) throws Exception;
	}

	private <T> KnowledgeJob<T> schedule(String name, HistoryWork<T> work, Consumer<T> onResult, Consumer<String> onFailure) {
		Path file = shownFile;
		return KnowledgeJob.schedule(name, file, false, (knowledge, monitor) -> {
			SystemModel model = ModelFiles.load(file);
			return work.run(new ModelHistory(knowledge, file, model), model, knowledge, monitor);
		}, (result, problem) -> {
			if (tabs.isDisposed()) {
				return;
			}
			if (problem != null) {
				onFailure.accept(problem);
			} else if (file.equals(shownFile)) {
				onResult.accept(result);
			}
		});
	}

	private void failed(String problem) {
		failure = problem;
		show();
	}

	private void show() {
		if (tabs.isDisposed()) {
			return;
		}
		boolean open = shownFile != null;
		createBaseline.setEnabled(open);
		newDecision.setEnabled(open);
		baselineTable.setInput(baselines);
		decisionTable.setInput(decisions);
		List<String> names = new ArrayList<>(baselines.stream().map(BaselineInfo::name).toList());
		names.add(Baselines.WORKING);
		String fromText = from.getText();
		String toText = to.getText();
		from.setItems(names.toArray(String[]::new));
		to.setItems(names.toArray(String[]::new));
		from.setText(names.contains(fromText) ? fromText : baselines.isEmpty() ? "" : baselines.getLast().name());
		to.setText(names.contains(toText) ? toText : Baselines.WORKING);
		from.getParent().layout();
		compare.setEnabled(open && !baselines.isEmpty());
		DiffTree.fill(diffTree, diff);
		impactText.setText(impactText());
		showDecision();
		String header = headerText();
		setContentDescription(header);
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(failure);
	}

	private String headerText() {
		if (shownFile == null) {
			return "No model open: open a model to see its baselines and design decisions";
		}
		String where = "knowledge base " + KnowledgeAccess.describe(shownFile);
		if (failure != null) {
			return shownFile.getFileName() + ": " + failure;
		}
		if (!KnowledgeAccess.exists(shownFile)) {
			return shownFile.getFileName() + ": no knowledge base yet (" + where
					+ "); create a baseline or a decision to start one";
		}
		return "History of " + shownFile.getFileName() + " (saved file) in the " + where + ": " + baselines.size()
				+ " baseline(s), " + decisions.size() + " design decision(s)";
	}

	private String impactText() {
		if (diff == null) {
			return baselines.isEmpty() ? "No baseline yet: Create Baseline... freezes the saved model as it is now."
					: "Pick From and To (a baseline or working, the saved model now) and Compare.";
		}
		StringWriter text = new StringWriter();
		PrintWriter out = new PrintWriter(text);
		if (impact != null) {
			HistoryText.impact(impact, out);
		} else {
			out.println("Change impact: compare a baseline (From) with working (To).");
			out.println();
			HistoryText.diff(diff, out);
		}
		out.flush();
		return text.toString();
	}

	private void showDecision() {
		DesignDecision d = selectedDecision();
		supersede.setEnabled(d != null && d.supersededBy() == null);
		if (d == null) {
			decisionDetails.setText(decisions.isEmpty() ? "No design decisions recorded yet: New Decision... records one."
					: "Select a decision to read it; Supersede... replaces it with a new one.");
			return;
		}
		StringBuilder text = new StringBuilder(d.id() + ": " + d.title() + "\n");
		text.append("Status: ").append(d.status().label())
				.append(d.supersededBy() == null ? "" : " (by " + d.supersededBy() + ")").append('\n');
		text.append("Decided ").append(d.date()).append(" by ").append(d.author()).append(" (recorded ")
				.append(d.recordedAt()).append(")\n");
		line(text, "Context", d.context());
		line(text, "Decision", d.decision());
		d.alternatives().forEach(a -> line(text, "Alternative", a));
		line(text, "Consequences", d.consequences());
		line(text, "Supersedes", d.supersedes());
		if (!d.elements().isEmpty()) {
			line(text, "Elements", String.join(", ", d.elements().stream().map(HistoryView::elementName).toList()));
		}
		decisionDetails.setText(text.toString());
	}

	private static void line(StringBuilder text, String label, String value) {
		if (value != null) {
			text.append('\n').append(label).append(": ").append(value);
		}
	}

	private DesignDecision selectedDecision() {
		return decisionTable.getStructuredSelection().getFirstElement() instanceof DesignDecision d ? d : null;
	}

	private static List<DecisionDialog.ElementChoice> elementChoices(SystemModel model) {
		List<DecisionDialog.ElementChoice> choices = new ArrayList<>();
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof ModelElement e && e.getId() != null) {
				choices.add(new DecisionDialog.ElementChoice(e.getId(), ModelLabels.text(e) + "  [" + e.getId() + "]"));
			}
		});
		choices.sort(Comparator.comparing(DecisionDialog.ElementChoice::label, String.CASE_INSENSITIVE_ORDER));
		return choices;
	}

	private static Set<String> elementIds(SystemModel model) {
		Set<String> ids = new HashSet<>();
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof ModelElement e && e.getId() != null) {
				ids.add(e.getId());
			}
		});
		ids.add(model.getId());
		return ids;
	}

	/** "Hub UART console [id]" when the open model has the element, else the id. */
	private static String elementName(String id) {
		SystemModel model = ModelSession.get().model();
		if (model != null) {
			for (var i = model.eAllContents(); i.hasNext();) {
				if (i.next() instanceof ModelElement e && id.equals(e.getId())) {
					return ModelLabels.nameOf(e) + " [" + id + "]";
				}
			}
		}
		return id;
	}

	private static String author() {
		return System.getProperty("user.name", "unknown");
	}

	private static String parts(BaselineInfo info) {
		StringBuilder text = new StringBuilder();
		info.parts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(part -> text
				.append(text.isEmpty() ? "" : ", ").append(part.getKey().partName()).append(' ').append(part.getValue()));
		return text.toString();
	}

	/** For tests: what the view shows. */
	public List<String> baselineNames() {
		return baselines.stream().map(BaselineInfo::name).toList();
	}

	public HistoryDiff shownDiff() {
		return diff;
	}

	public ImpactReport shownImpact() {
		return impact;
	}

	public List<DesignDecision> shownDecisions() {
		return decisions;
	}

	public String header() {
		return getContentDescription();
	}

	public String impactShown() {
		return impactText.getText();
	}

	@Override
	public void setFocus() {
		tabs.setFocus();
	}

	@Override
	public void dispose() {
		ModelSession.get().removeListener(modelListener);
		super.dispose();
	}
}
