package org.threatwright.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.threatwright.ui.analysis.AnalysisSession;
import org.threatwright.ui.analysis.KnowledgeJob;

/**
 * Drives widgets directly (no SWTBot on Maven Central): waits for modal dialogs from inside their own event loop,
 * presses buttons, picks combo entries, types text.
 */
final class Dialogs {

	static final long TIMEOUT_MILLIS = 20_000;

	private Dialogs() {
	}

	/** When a visible shell titled {@code title} appears, runs {@code step} on it (once). */
	static void whenShown(String title, Consumer<Shell> step) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		Runnable poll = new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (title.equals(shell.getText()) && shell.isVisible()) {
						step.accept(shell);
						return;
					}
				}
				if (System.currentTimeMillis() < deadline) {
					display.timerExec(100, this);
				}
			}
		};
		display.timerExec(100, poll);
	}

	static <T extends Control> List<T> find(Composite root, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite nested) {
				found.addAll(find(nested, type));
			}
		}
		return found;
	}

	static Button button(Shell shell, String text) {
		return find(shell, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text + " in " + shell.getText()));
	}

	static void press(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}

	static void choose(Combo combo, String item) {
		int index = combo.indexOf(item);
		if (index < 0) {
			throw new AssertionError("no entry " + item + " in " + List.of(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	static Combo combo(Shell shell) {
		return find(shell, Combo.class).get(0);
	}

	static Text text(Shell shell) {
		return find(shell, Text.class).get(0);
	}

	static String labels(Shell shell) {
		StringBuilder text = new StringBuilder();
		for (Label label : find(shell, Label.class)) {
			text.append(label.getText()).append('\n');
		}
		return text.toString();
	}

	static void waitUntil(BooleanSupplier condition, String what) {
		waitUntil(condition, what, TIMEOUT_MILLIS);
	}

	static void waitUntil(BooleanSupplier condition, String what, long timeoutMillis) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting: " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { }); // wakes sleep() so the deadline is checked even when idle
				display.sleep();
			}
		}
	}

	/**
	 * Waits until no analysis, triage or knowledge-base job is left and the UI thread has run what they posted:
	 * after closing a model, so that no job still writes into a test's temporary folder.
	 */
	static void waitForBackgroundWork() {
		IJobManager jobs = Job.getJobManager();
		waitUntil(() -> jobs.find(KnowledgeJob.class).length == 0 && jobs.find(AnalysisSession.class).length == 0,
				"the background jobs to end");
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// what the last job posted
		}
	}
}
