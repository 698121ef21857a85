package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.ui.preferences.CataloguesPreferencePage;
import org.threatwright.ui.preferences.RiskMethodPreferencePage;
import org.threatwright.ui.preferences.ThreatwrightPreferences;

/** The risk method and catalogue preference pages: validation named, the matrix shown, the values saved. */
class PreferencePagesTest {

	private static final String NODE = "org.threatwright.ui.tests.pages";

	@TempDir
	Path dir;
	private Shell shell;
	private ThreatwrightPreferences preferences;

	@BeforeEach
	void open() {
		shell = new Shell(Display.getCurrent());
		preferences = new ThreatwrightPreferences(InstanceScope.INSTANCE.getNode(NODE));
	}

	@AfterEach
	void close() throws Exception {
		shell.dispose();
		InstanceScope.INSTANCE.getNode(NODE).removeNode();
	}

	@Test
	void aMethodFileIsValidatedAndItsMatrixShown() throws Exception {
		RiskMethodPreferencePage page = new RiskMethodPreferencePage(preferences);
		page.createControl(shell);
		assertEquals("ISO/SAE 21434 Annex H", page.shownMethod().name());
		Table matrix = Dialogs.find(shell, Table.class).getFirst();
		assertEquals(List.of("impact \\ feasibility", "very low", "low", "medium", "high"),
				Arrays.stream(matrix.getColumns()).map(c -> c.getText()).toList());
		assertEquals("severe", matrix.getItem(0).getText(0));
		assertEquals("5 very high", matrix.getItem(0).getText(4));

		Button fromFile = radio("Method file:");
		fromFile.setSelection(true);
		radio("Built in: ISO/SAE 21434 Annex H (4 impact \u00d7 4 feasibility levels)").setSelection(false);
		Path bad = dir.resolve("bad-method.json");
		Files.writeString(bad, Files.readString(Path.of(System.getProperty("threatwright.examples"), "risk-method-5x5.json"))
				.replace("\"major\" : [ 4, 8, 12, 16, 20 ]", "\"major\" : [ 4, 8, 12 ]"));
		Text file = Dialogs.find(shell, Text.class).getFirst();
		file.setText(bad.toString());

		assertFalse(page.isValid());
		assertNull(page.shownMethod());
		assertEquals(bad + ": $.matrix.major: 3 values, expected 5 (one per feasibility level: rare, unlikely, possible,"
				+ " likely, almost certain)", page.getErrorMessage());
		assertFalse(page.performOk(), "an invalid method is not applied");
		assertNull(preferences.riskMethodFile());

		Path good = Path.of(System.getProperty("threatwright.examples"), "risk-method-5x5.json");
		file.setText(good.toString());
		assertTrue(page.isValid());
		assertEquals("Plain 5\u00d75 likelihood \u00d7 impact", page.shownMethod().name());
		assertEquals("catastrophic", matrix.getItem(0).getText(0));
		assertEquals("25 very high", matrix.getItem(0).getText(5));
		assertTrue(page.performOk());
		assertEquals(good, preferences.riskMethodFile());
		assertEquals("Plain 5\u00d75 likelihood \u00d7 impact", preferences.riskMethod().name());
	}

	@Test
	void cataloguesAreCheckedFromTheRegistryAndAtLeastOneStaysEnabled() throws Exception {
		CataloguesPreferencePage page = new CataloguesPreferencePage(preferences);
		page.createControl(shell);
		Table table = Dialogs.find(shell, Table.class).getFirst();
		List<String> all = Arrays.stream(table.getItems()).map(item -> (String) item.getData()).toList();
		assertTrue(all.contains("https://threatwright.org/catalogue/iotsf"), all.toString());
		assertTrue(Arrays.stream(table.getItems()).allMatch(TableItem::getChecked), "all enabled at first");

		for (TableItem item : table.getItems()) {
			item.setChecked(false);
		}
		table.notifyListeners(SWT.Selection, checkEvent(table.getItem(0)));
		assertFalse(page.isValid());
		assertEquals("Enable at least one catalogue: compliance is checked against the enabled ones.", page.getErrorMessage());

		table.getItem(0).setChecked(true);
		table.notifyListeners(SWT.Selection, checkEvent(table.getItem(0)));
		assertTrue(page.isValid());
		assertTrue(page.performOk());
		assertEquals(List.of(all.getFirst()), preferences.enabledCatalogues(all));
	}

	private static org.eclipse.swt.widgets.Event checkEvent(TableItem item) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.detail = SWT.CHECK;
		event.item = item;
		return event;
	}

	private Button radio(String text) {
		return Dialogs.find(shell, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + text));
	}
}
