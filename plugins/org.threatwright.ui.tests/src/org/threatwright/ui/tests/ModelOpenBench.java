package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.model.synthetic.SyntheticModels;
import org.threatwright.model.validation.ModelValidator;
import org.threatwright.ui.analysis.AnalysisSession;
import org.threatwright.ui.editing.ModelEditors;
import org.threatwright.ui.session.ModelSession;

/**
 * A bench, not a timed test: prints how long opening a synthetic 1,000-element model takes in the
 * application (load, editing domain, editor, explorer, properties, problems, until the UI is idle again).
 * The figures go to docs/performance.md; the assertions only check that the model really opened.
 */
class ModelOpenBench {

	private static final int ELEMENTS = 1_000;
	private static final int RUNS = 5;

	@TempDir
	Path dir;

	@AfterEach
	void closeModel() {
		ModelSession.get().close();
	}

	@Test
	void openSyntheticModel() throws Exception {
		SystemModel generated = SyntheticModels.generate(ELEMENTS, 2, 7);
		Path file = dir.resolve("synthetic-1000.tw");
		ModelFiles.save(generated, file);
		Display display = Display.getCurrent();
		measure(file, display, false);
		measure(file, display, true);
		long validateStart = System.nanoTime();
		int problems = new ModelValidator(ModelSession.get().model()).problems().size();
		long validateMillis = (System.nanoTime() - validateStart) / 1_000_000;
		System.out.println("BENCH validation of the " + ELEMENTS + "-element model on the UI thread: " + validateMillis
				+ " ms (" + problems + " problems)");
	}

	/**
	 * Opens the model {@link #RUNS} times. With {@code withoutAnalysis}, the background analysis that opening
	 * starts is cancelled at once, so that the figure is what opening itself costs.
	 */
	private void measure(Path file, Display display, boolean withoutAnalysis) throws Exception {
		List<Long> millis = new ArrayList<>();
		List<String> parts = new ArrayList<>();
		for (int run = 0; run < RUNS; run++) {
			ModelSession.get().close();
			flush(display);
			long start = System.nanoTime();
			SystemModel loaded = ModelFiles.load(file);
			long loadedAt = System.nanoTime();
			ModelSession.get().open(loaded, file);
			if (withoutAnalysis) {
				AnalysisSession.get().cancel();
			}
			long openedAt = System.nanoTime();
			flush(display);
			long end = System.nanoTime();
			millis.add((end - start) / 1_000_000);
			parts.add("load " + (loadedAt - start) / 1_000_000 + " + views " + (openedAt - loadedAt) / 1_000_000
					+ " + paint " + (end - openedAt) / 1_000_000);
			assertEquals(ELEMENTS, ModelSession.get().model().getElements().size());
			assertNotNull(ModelEditors.find(ModelEditingWorkbenchTest.window()));
		}
		List<Long> sorted = millis.stream().sorted().toList();
		System.out.println("BENCH open " + ELEMENTS + "-element model in the application"
				+ (withoutAnalysis ? " (background analysis cancelled)" : " (background analysis running)") + ": runs "
				+ millis + " ms, median " + sorted.get(RUNS / 2) + " ms, best " + sorted.get(0) + " ms " + parts);
	}

	/** Runs the UI's pending work (layout, paint, asynchronous updates) until it is idle. */
	private static void flush(Display display) {
		while (display.readAndDispatch()) {
			// keep going
		}
	}
}
