package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.ui.AnalysisPerspective;
import org.threatwright.ui.ModellingPerspective;
import org.threatwright.ui.analysis.AnalysisSession;
import org.threatwright.ui.analysis.KnowledgeAccess;
import org.threatwright.ui.analysis.RegisterState;
import org.threatwright.ui.explorer.ModelExplorerView;
import org.threatwright.ui.paths.AttackPathsView;
import org.threatwright.ui.register.TriageDialog;
import org.threatwright.ui.register.TriageFlow;
import org.threatwright.ui.register.ThreatRegisterView;
import org.threatwright.ui.risk.RiskSession;
import org.threatwright.ui.session.ModelOpener;
import org.threatwright.ui.session.ModelSession;

/**
 * From an example model to a triaged threat register, inside the application: open, analyse, filter, triage
 * through the dialog, close, reopen and find the decision kept in the knowledge base beside the model.
 */
class ThreatRegisterWorkbenchTest {

	private static final String EXAMPLE = "smart-home-hub.tw";

	@TempDir
	Path dir;

	private Path modelFile;
	private ThreatRegisterView register;
	private ModelExplorerView explorer;

	@BeforeEach
	void openTheAnalysisPerspective() throws Exception {
		modelFile = dir.resolve("hub.tw");
		Files.copy(examples().resolve(EXAMPLE), modelFile);
		IWorkbenchWindow window = window();
		window.getWorkbench().showPerspective(AnalysisPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		register = (ThreatRegisterView) page.findView(ThreatRegisterView.ID);
		explorer = (ModelExplorerView) page.findView(ModelExplorerView.ID);
		assertNotNull(register, "the Analysis perspective shows the threat register");
		assertNotNull(explorer, "the Analysis perspective shows the Model Explorer");
	}

	@AfterEach
	void closeModelAndReturnToModelling() throws WorkbenchException {
		ModelSession.get().close();
		Dialogs.waitForBackgroundWork();
		window().getWorkbench().showPerspective(ModellingPerspective.ID, window());
	}

	@Test
	void openAnalyseFilterTriageReopenAndFindTheDecisionKept() throws Exception {
		List<Finding> expected = independentAnalysis();

		RegisterState state = open();

		assertEquals(expected.size(), state.findings().size());
		assertEquals(expected.size(), register.viewer().getTable().getItemCount(), "one row per finding");
		assertTrue(register.getContentDescription().contains(expected.size() + " findings"),
				register.getContentDescription());

		// the severity filter narrows the table to high and critical findings
		long highOrWorse = expected.stream().filter(f -> f.severity().atLeast(Severity.HIGH)).count();
		Dialogs.choose(register.filterCombos().get(0), "high");
		assertEquals(highOrWorse, register.viewer().getTable().getItemCount());
		assertTrue(highOrWorse < expected.size());
		Dialogs.choose(register.filterCombos().get(0), "all");
		register.filterTexts().get(1).setText("door lock");
		long aboutTheLock = expected.stream().filter(f -> f.subjects().stream()
				.anyMatch(s -> s.name().toLowerCase().contains("door lock"))).count();
		assertEquals(aboutTheLock, register.viewer().getTable().getItemCount());
		register.filterTexts().get(1).setText("");
		assertEquals(expected.size(), register.viewer().getTable().getItemCount());

		// selecting a finding explains it and selects its element in the Model Explorer
		Finding finding = expected.stream().filter(f -> f.severity() == Severity.HIGH).findFirst().orElseThrow();
		assertTrue(register.select(finding.id()));
		assertEquals(finding.subjects().get(0).id(), ((ModelElement) explorer.selectedObject()).getId());
		assertTrue(register.detailsText().contains(finding.explanation()), register.detailsText());
		assertTrue(register.detailsText().contains("mitre.org"), register.detailsText());
		int openHighBefore = state.openBySeverity().get(Severity.HIGH);
		assertTrue(register.heatCells().contains("high " + openHighBefore), register.heatCells().toString());

		// triage through the dialog: the justification is required before Record is enabled
		List<Boolean> recordEnabledWithoutJustification = new ArrayList<>();
		Dialogs.whenShown(TriageDialog.TITLE, shell -> {
			Dialogs.choose(Dialogs.combo(shell), "mitigated");
			recordEnabledWithoutJustification.add(Dialogs.button(shell, TriageDialog.RECORD).isEnabled());
			Dialogs.text(shell).setText("Lock firmware 2.3 signs every command (control SC-12)");
			Dialogs.press(Dialogs.button(shell, TriageDialog.RECORD));
		});
		register.triageSelected();
		assertEquals(List.of(false), recordEnabledWithoutJustification);
		Dialogs.waitUntil(() -> AnalysisSession.get().state().decisionOf(finding).isPresent(), "the decision is shown");

		int row = register.rows().rowOf(finding.id());
		assertEquals("mitigated", register.viewer().getTable().getItem(row).getText(2));
		assertTrue(register.heatCells().contains("high " + (openHighBefore - 1)), register.heatCells().toString());
		assertTrue(Files.isDirectory(dir.resolve("hub.kb")), "the knowledge base beside the model holds it");

		// close, reopen: the decision comes back from the knowledge base
		ModelSession.get().close();
		assertEquals(0, register.viewer().getTable().getItemCount());
		RegisterState reopened = open();
		TriageDecision kept = reopened.decisionOf(reopened.findings().stream()
				.filter(f -> f.id().equals(finding.id())).findFirst().orElseThrow()).orElseThrow();
		assertEquals(TriageStatus.MITIGATED, kept.status());
		assertEquals("Lock firmware 2.3 signs every command (control SC-12)", kept.justification());
		assertEquals("mitigated", register.viewer().getTable().getItem(register.rows().rowOf(finding.id())).getText(2));
		// the risks of the reopened model are assessed in a job that holds the knowledge base open meanwhile
		Dialogs.waitUntil(() -> !RiskSession.get().isRunning(), "the risks are assessed");
		Map<String, TriageDecision> stored = KnowledgeAccess.decisions(modelFile, reopened.model().getId());
		assertEquals(kept, stored.get(finding.id()));
	}

	@Test
	void anUnusableKnowledgeBaseIsNamedAndWhatWasTypedIsOfferedAgain() throws Exception {
		Path notADatabase = Files.createDirectories(dir.resolve("hub.kb"));
		Files.writeString(notADatabase.resolve("notes.txt"), "not a TDB2 database");
		RegisterState state = open();
		assertTrue(register.getContentDescription().contains("knowledge base unavailable"),
				register.getContentDescription());
		assertTrue(register.getContentDescription().contains("hub.kb"), register.getContentDescription());
		Finding finding = state.findings().get(0);
		assertTrue(register.select(finding.id()));
		String typed = "Accepted by the product owner until release 3.3 \u2014 see decision log entry 17";

		List<String> errorText = new ArrayList<>();
		AtomicReference<String> offeredAgain = new AtomicReference<>();
		AtomicReference<String> statusOfferedAgain = new AtomicReference<>();
		Dialogs.whenShown(TriageDialog.TITLE, first -> {
			Dialogs.choose(Dialogs.combo(first), "accepted");
			Dialogs.text(first).setText(typed);
			Dialogs.whenShown(TriageFlow.ERROR_TITLE, error -> {
				errorText.add(Dialogs.labels(error));
				Dialogs.whenShown(TriageDialog.TITLE, again -> {
					Text text = Dialogs.text(again);
					Combo combo = Dialogs.combo(again);
					offeredAgain.set(text.getText());
					statusOfferedAgain.set(combo.getText());
					Dialogs.press(Dialogs.button(again, "Cancel"));
				});
				error.close();
			});
			Dialogs.press(Dialogs.button(first, TriageDialog.RECORD));
		});
		register.triageSelected();
		Dialogs.waitUntil(() -> offeredAgain.get() != null, "the triage dialog opens again");

		String message = String.join("\n", errorText);
		assertTrue(message.contains("hub.kb"), "names the knowledge base: " + message);
		assertTrue(message.contains(finding.id()), "names the finding: " + message);
		assertEquals(typed, offeredAgain.get(), "nothing typed is lost");
		assertEquals("accepted", statusOfferedAgain.get());
		assertFalse(AnalysisSession.get().state().decisionOf(finding).isPresent(), "nothing was recorded");
		assertTrue(Files.exists(notADatabase.resolve("notes.txt")), "the folder was left alone");
	}

	@Test
	void attackPathsViewShowsEachTargetWithItsPathsAndTheCutHighlighted() throws Exception {
		RegisterState state = open();
		AttackPathsView paths = (AttackPathsView) window().getActivePage().findView(AttackPathsView.ID);
		assertNotNull(paths);

		List<TargetPaths> targets = state.attackPaths();
		assertFalse(targets.isEmpty(), "the hub example has attack paths");
		assertEquals(targets.size(), paths.viewer().getTree().getItemCount());
		TargetPaths first = targets.get(0);
		var item = paths.viewer().getTree().getItem(0);
		assertTrue(item.getText(0).startsWith(first.target().getName()), item.getText(0));
		assertTrue(item.getText(1).startsWith("minimum cut: " + first.minimumCut().size())
				|| first.minimumCut().isEmpty(), item.getText(1));
		paths.viewer().expandAll();
		long markedSteps = countMarked(paths.viewer().getTree().getItems());
		long cutSteps = targets.stream().mapToLong(t -> t.paths().stream()
				.mapToLong(p -> p.steps().stream().filter(t.minimumCut()::contains).count()).sum()).sum();
		assertEquals(cutSteps, markedSteps);
		assertTrue(markedSteps > 0);
	}

	private static long countMarked(org.eclipse.swt.widgets.TreeItem[] items) {
		long count = 0;
		for (var item : items) {
			if (item.getText(1).startsWith("\u2702")) {
				count++;
			}
			count += countMarked(item.getItems());
		}
		return count;
	}

	/** Opens the copied example through the same path as File > Open Model and waits for its analysis. */
	private RegisterState open() {
		Shell shell = window().getShell();
		assertTrue(ModelOpener.open(shell, modelFile));
		SystemModel model = ModelSession.get().model();
		Dialogs.waitUntil(() -> AnalysisSession.get().state() != null && AnalysisSession.get().state().model() == model,
				"the analysis of " + modelFile);
		return AnalysisSession.get().state();
	}

	private List<Finding> independentAnalysis() throws Exception {
		SystemModel model = ModelFiles.load(modelFile);
		return new ThreatAnalysis(model, BuiltInRules.all(), LocalDate.now()).run().findings();
	}

	static Path examples() {
		String folder = System.getProperty("threatwright.examples");
		assertNotNull(folder, "the build passes -Dthreatwright.examples (the models/examples folder)");
		return Path.of(folder);
	}

	private static IWorkbenchWindow window() {
		IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return active != null ? active : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}
}
