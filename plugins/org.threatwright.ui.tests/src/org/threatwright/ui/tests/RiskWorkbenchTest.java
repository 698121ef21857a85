package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.kb.compliance.ComplianceStatus;
import org.threatwright.model.SystemModel;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.ui.AnalysisPerspective;
import org.threatwright.ui.ModellingPerspective;
import org.threatwright.ui.analysis.AnalysisSession;
import org.threatwright.ui.analysis.TriageJob;
import org.threatwright.ui.compliance.CompliancePerspective;
import org.threatwright.ui.compliance.ComplianceView;
import org.threatwright.ui.requirements.RequirementsView;
import org.threatwright.ui.risk.HeatMapModel;
import org.threatwright.ui.risk.RiskSession;
import org.threatwright.ui.risk.RiskView;
import org.threatwright.ui.session.ModelOpener;
import org.threatwright.ui.session.ModelSession;
import org.threatwright.ui.trace.TraceabilityView;

/**
 * From an example model to a triaged risk register and its compliance status, inside the application: open, wait for
 * the analysis and the risk assessment, read the heat map, triage a finding, see its cell's count go down, filter by
 * the cell, close, reopen and find the triage and the counts kept; then derive requirements, trace them and check
 * compliance.
 */
class RiskWorkbenchTest {

	private static final long SLOW = 60_000;

	@TempDir
	Path dir;

	@AfterEach
	void closeModelAndReturnToModelling() throws WorkbenchException {
		ModelSession.get().close();
		Dialogs.waitForBackgroundWork();
		window().getWorkbench().showPerspective(ModellingPerspective.ID, window());
	}

	@Test
	void triageTakesARiskOutOfTheHeatMapAndSurvivesReopening() throws Exception {
		Path modelFile = dir.resolve("hub.tw");
		Files.copy(ThreatRegisterWorkbenchTest.examples().resolve("smart-home-hub.tw"), modelFile);
		IWorkbenchWindow window = window();
		window.getWorkbench().showPerspective(AnalysisPerspective.ID, window);
		RiskView view = (RiskView) window.getActivePage().showView(RiskView.ID);

		openAndWaitForRisks(modelFile);
		HeatMapModel before = view.heatMapModel();
		assertNotNull(before, "the view shows the heat map");
		assertEquals(before.total(), before.openCount(), "nothing triaged yet: every risk is open");
		assertTrue(view.getContentDescription().contains(before.total() + " risks, " + before.total() + " open"),
				view.getContentDescription());
		RiskAssessment risk = RiskSession.get().register().risks().stream().filter(RiskAssessment::exceedsThreshold)
				.findFirst().orElseThrow();
		int impact = risk.impactIndex();
		int feasibility = risk.feasibilityIndex();
		int cellBefore = before.count(impact, feasibility);
		assertTrue(cellBefore >= 1);

		// clicking the cell lists its open risks; clicking again lists all
		view.toggle(impact, feasibility);
		assertEquals(cellBefore, view.rowCount());
		view.toggle(impact, feasibility);
		assertEquals(before.total(), view.rowCount());

		// triage the finding carrying the risk: its cell loses one risk, the total stays
		Finding finding = AnalysisSession.get().state().findings().stream().filter(f -> f.id().equals(risk.findingId()))
				.findFirst().orElseThrow();
		AtomicReference<TriageJob> done = new AtomicReference<>();
		AnalysisSession.get().triage(finding, TriageStatus.MITIGATED, "Signed commands since firmware 2.3", done::set);
		Dialogs.waitUntil(() -> done.get() != null, "the triage is recorded");
		assertNull(done.get().failure());
		HeatMapModel after = view.heatMapModel();
		assertEquals(cellBefore - 1, after.count(impact, feasibility));
		assertEquals(before.openCount() - 1, after.openCount());
		assertEquals(before.total(), after.total());
		view.toggle(impact, feasibility);
		assertEquals(cellBefore - 1, view.rowCount(), "the cell lists only its open risks");
		view.toggle(impact, feasibility);

		// close, reopen: the decision and so the counts are kept in the knowledge base
		ModelSession.get().close();
		assertNull(view.heatMapModel());
		openAndWaitForRisks(modelFile);
		HeatMapModel reopened = view.heatMapModel();
		assertEquals(cellBefore - 1, reopened.count(impact, feasibility));
		assertEquals(before.openCount() - 1, reopened.openCount());
		assertEquals(TriageStatus.MITIGATED, reopened.statusOf(RiskSession.get().register().risk(risk.findingId()).orElseThrow()));

		// the Compliance perspective: derive requirements, trace them, check compliance, drill down
		window.getWorkbench().showPerspective(CompliancePerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		RequirementsView requirements = (RequirementsView) page.showView(RequirementsView.ID);
		requirements.derive();
		Dialogs.waitUntil(() -> requirements.book() != null && !requirements.book().requirements().isEmpty(),
				"requirements derived", SLOW);
		assertEquals(requirements.book().requirements().size(), requirements.viewer().getTable().getItemCount());
		TraceabilityView trace = (TraceabilityView) page.showView(TraceabilityView.ID);
		Dialogs.waitUntil(() -> trace.elementsMatrix() != null
				&& trace.elementsMatrix().columns().size() == requirements.book().requirements().size(), "the matrices", SLOW);
		assertTrue(trace.getContentDescription().contains("gaps"), trace.getContentDescription());
		ComplianceView compliance = (ComplianceView) page.showView(ComplianceView.ID);
		compliance.check();
		Dialogs.waitUntil(() -> compliance.rows() != null, "the compliance check", SLOW);
		int clauses = compliance.rows().rows().size();
		assertEquals(clauses, compliance.rows().totals().values().stream().mapToInt(Integer::intValue).sum());
		assertEquals(clauses, compliance.viewer().getTable().getItemCount());
		assertTrue(compliance.rows().totals().get(ComplianceStatus.MET) + compliance.rows().totals().get(ComplianceStatus.NOT_MET)
				> 0, "IoTSF has automated checks");
		compliance.viewer().getTable().select(0);
		compliance.viewer().getTable().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertTrue(compliance.evidenceText().startsWith(compliance.rows().rows().get(0).notation()), compliance.evidenceText());
		assertFalse(compliance.getContentDescription().contains("cannot be used"), compliance.getContentDescription());
	}

	private static void openAndWaitForRisks(Path modelFile) {
		assertTrue(ModelOpener.open(window().getShell(), modelFile));
		SystemModel model = ModelSession.get().model();
		Dialogs.waitUntil(() -> RiskSession.get().assessedFor() != null && RiskSession.get().assessedFor().model() == model
				&& RiskSession.get().register() != null, "the risks of " + modelFile, SLOW);
	}

	private static IWorkbenchWindow window() {
		IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return active != null ? active : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}
}
