package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.ui.ModellingPerspective;
import org.threatwright.ui.explorer.ModelExplorerView;
import org.threatwright.ui.explorer.ModelLabels;
import org.threatwright.ui.properties.PropertiesView;
import org.threatwright.ui.session.ModelOpener;
import org.threatwright.ui.session.ModelSession;

/** Runs inside the Threatwright application itself (tycho-surefire UI harness, on the UI thread). */
class ModellingWorkbenchTest {

	private static final long TIMEOUT_MILLIS = 10_000;

	@TempDir
	Path dir;

	@AfterEach
	void closeModel() {
		ModelSession.get().close();
	}

	@Test
	void windowOpensInTheModellingPerspectiveWithBothViews() {
		IWorkbenchPage page = window().getActivePage();

		assertEquals(ModellingPerspective.ID, page.getPerspective().getId());
		assertEquals("Modelling", page.getPerspective().getLabel());
		assertNotNull(page.findView(ModelExplorerView.ID), "Model Explorer is open");
		assertNotNull(page.findView(PropertiesView.ID), "Properties is open");
		assertEquals("Threatwright", window().getShell().getText());
	}

	@Test
	void modelExplorerShowsTheOpenModelWithElementsExpanded() throws PartInitException {
		ModelExplorerView explorer = show(ModelExplorerView.ID);
		SmallModel small = new SmallModel();

		ModelSession.get().open(small.model, null);

		TreeItem[] roots = explorer.viewer().getTree().getItems();
		assertEquals(1, roots.length);
		assertEquals("Smart Lock 1.4, compliance class 3", roots[0].getText());
		assertTrue(roots[0].getExpanded());
		assertEquals(List.of("Elements (5)", "Data flows (2)", "Trust boundaries (3)", "Data assets (1)",
				"Suppliers (1)", "People and roles (2)", "Assumptions (1)"), texts(roots[0].getItems()));
		TreeItem elements = roots[0].getItem(0);
		assertTrue(elements.getExpanded());
		TreeItem devices = elements.getItem(0);
		assertEquals("Devices (2)", devices.getText());
		assertTrue(devices.getExpanded());
		assertEquals(List.of("Keypad", "lock body"), texts(devices.getItems()));
		assertFalse(roots[0].getItem(1).getExpanded(), "flows stay closed until asked for");
	}

	@Test
	void selectingAnElementShowsAllItsPropertiesByName() throws PartInitException {
		ModelExplorerView explorer = show(ModelExplorerView.ID);
		PropertiesView properties = (PropertiesView) window().getActivePage().findView(PropertiesView.ID);
		SmallModel small = new SmallModel();
		ModelSession.get().open(small.model, null);

		explorer.viewer().setSelection(new StructuredSelection(small.lock), true);
		waitUntil(() -> properties.shownObject() == small.lock, "Properties follows the selection");

		Table table = properties.viewer().getTable();
		assertEquals(small.lock.eClass().getEAllStructuralFeatures().size() + 1, table.getItemCount());
		assertEquals("Alice", valueOf(table, "owner"));
		assertEquals("lock body", valueOf(table, "name"));
		assertEquals("Debug header, BLE", valueOf(table, "interfaces"));
	}

	@Test
	void openingAFileReplacesTheModelAndNamesItInTheTitle() throws Exception {
		ModelExplorerView explorer = show(ModelExplorerView.ID);
		SmallModel small = new SmallModel();
		Path file = dir.resolve("lock.tw");
		ModelFiles.save(small.model, file);

		assertTrue(ModelOpener.open(window().getShell(), file));

		assertEquals(file, ModelSession.get().file());
		assertEquals("Threatwright \u2014 lock.tw", window().getShell().getText());
		assertEquals(ModelLabels.text(small.model), explorer.viewer().getTree().getItem(0).getText());
	}

	@Test
	void aLoadErrorIsShownWithFileLineAndColumnAndThePreviousModelStaysOpen() throws Exception {
		ModelExplorerView explorer = show(ModelExplorerView.ID);
		SmallModel small = new SmallModel();
		ModelSession.get().open(small.model, null);
		Path broken = dir.resolve("broken.tw");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<tw:SystemModel xmlns:tw=\"http://threatwright.org/model/1.0\">\n"
				+ "  <elements xsi:type=\"tw:Toaster\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>\n"
				+ "</tw:SystemModel>\n", StandardCharsets.UTF_8);
		List<String> dialogText = new ArrayList<>();
		closeErrorDialogWhenItAppears(dialogText);

		boolean opened = ModelOpener.open(window().getShell(), broken);

		assertFalse(opened);
		assertFalse(dialogText.isEmpty(), "an error dialog was shown");
		String message = String.join("\n", dialogText);
		assertTrue(message.contains(broken + ":3:"), "names file and line: " + message);
		assertTrue(message.contains("Toaster"), "names the problem: " + message);
		assertSame(small.model, ModelSession.get().model());
		assertEquals(ModelLabels.text(small.model), explorer.viewer().getTree().getItem(0).getText());
	}

	/** Polls for the modal error dialog from inside its own event loop, records its text and closes it. */
	private static void closeErrorDialogWhenItAppears(List<String> text) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		Runnable poll = new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (ModelOpener.ERROR_TITLE.equals(shell.getText()) && shell.isVisible()) {
						collectLabels(shell, text);
						shell.close();
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

	private static void collectLabels(Composite composite, List<String> text) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Label label && !label.getText().isEmpty()) {
				text.add(label.getText());
			} else if (child instanceof Composite nested) {
				collectLabels(nested, text);
			}
		}
	}

	private static IWorkbenchWindow window() {
		IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return active != null ? active : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	@SuppressWarnings("unchecked")
	private static <T> T show(String viewId) throws PartInitException {
		return (T) window().getActivePage().showView(viewId);
	}

	private static void waitUntil(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
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

	private static String valueOf(Table table, String property) {
		return Arrays.stream(table.getItems()).filter(item -> item.getText(0).equals(property))
				.map(item -> item.getText(1)).findFirst().orElseThrow(() -> new AssertionError("no row " + property));
	}

	private static List<String> texts(TreeItem[] items) {
		return Arrays.stream(items).map(TreeItem::getText).toList();
	}
}
