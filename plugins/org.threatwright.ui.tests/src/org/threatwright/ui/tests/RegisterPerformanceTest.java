package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.threatwright.model.SystemModel;
import org.threatwright.model.synthetic.SyntheticModels;
import org.threatwright.ui.AnalysisPerspective;
import org.threatwright.ui.ModellingPerspective;
import org.threatwright.ui.analysis.AnalysisSession;
import org.threatwright.ui.analysis.RegisterState;
import org.threatwright.ui.register.ThreatRegisterView;
import org.threatwright.ui.session.ModelSession;

/**
 * Prints how the register copes with about 50,000 findings (a synthetic model of 1,800 elements); the figures go
 * to docs/performance.md. Timing is printed, never asserted: the machine's load decides it.
 */
class RegisterPerformanceTest {

	@AfterEach
	void close() throws Exception {
		ModelSession.get().close();
		window().getWorkbench().showPerspective(ModellingPerspective.ID, window());
	}

	@Test
	void registerOfFiftyThousandFindings() throws Exception {
		window().getWorkbench().showPerspective(AnalysisPerspective.ID, window());
		ThreatRegisterView register = (ThreatRegisterView) window().getActivePage().findView(ThreatRegisterView.ID);
		SystemModel model = SyntheticModels.generate(1800, 5, 1);

		long start = System.nanoTime();
		ModelSession.get().open(model, null);
		Dialogs.waitUntil(() -> AnalysisSession.get().state() != null && AnalysisSession.get().state().model() == model
				&& register.viewer().getTable().getItemCount() > 0, "the analysis of the synthetic model", 300_000);
		flush();
		long shown = System.nanoTime();
		RegisterState state = AnalysisSession.get().state();
		int findings = state.findings().size();
		assertEquals(findings, register.viewer().getTable().getItemCount());
		assertTrue(findings > 40_000, "about 50k findings: " + findings);

		long sortStart = System.nanoTime();
		register.viewer().getTable().getColumn(4).notifyListeners(SWT.Selection, new Event()); // Element
		flush();
		long sorted = System.nanoTime();
		register.filterTexts().get(1).setText("gateway");
		flush();
		long filtered = System.nanoTime();
		int filteredRows = register.viewer().getTable().getItemCount();
		register.viewer().getTable().setTopIndex(findings / 2);
		long scrollStart = System.nanoTime();
		register.filterTexts().get(1).setText("");
		register.viewer().getTable().setTopIndex(findings - 40);
		flush();
		long scrolled = System.nanoTime();

		System.out.printf("register performance: %d findings (1,800 elements); open to table filled %d ms, of which"
				+ " validation and derivation %d ms, attack paths %d ms, the register view taking in the analysis %d ms;"
				+ " sort by element %d ms; element filter (%d rows) %d ms; clear filter and scroll to the end %d ms%n",
				findings, ms(start, shown), state.analysisMillis(), state.pathsMillis(), register.lastShowMillis(),
				ms(sortStart, sorted), filteredRows, ms(sorted, filtered), ms(scrollStart, scrolled));
	}

	private static long ms(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/** Lets the table paint what it shows. */
	private static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run pending paints and async work
		}
	}

	private static IWorkbenchWindow window() {
		IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return active != null ? active : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}
}
