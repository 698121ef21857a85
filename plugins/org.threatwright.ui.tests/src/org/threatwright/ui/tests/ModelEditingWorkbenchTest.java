package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.Protocol;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwPackage;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.model.validation.ModelProblem;
import org.threatwright.model.validation.ModelValidator;
import org.threatwright.ui.analysis.AnalysisSession;
import org.threatwright.ui.analysis.RegisterState;
import org.threatwright.ui.editing.ModelCommands;
import org.threatwright.ui.editing.ModelDocument;
import org.threatwright.ui.editing.ModelEditor;
import org.threatwright.ui.editing.ModelEditors;
import org.threatwright.ui.editing.ModelProblems;
import org.threatwright.ui.editing.ModelSaving;
import org.threatwright.ui.editing.ProblemsView;
import org.threatwright.ui.properties.PropertiesView;
import org.threatwright.ui.properties.PropertyLine;
import org.threatwright.ui.session.ModelOpener;
import org.threatwright.ui.session.ModelSession;
import org.threatwright.ui.wizards.NewModelWizard;

/** Editing a model in the application: commands, undo/redo, dirty state, save, revert, problems, wizard. */
class ModelEditingWorkbenchTest {

	private static final String EXAMPLE = "smart-home-hub.tw";

	@TempDir
	Path dir;
	Path modelFile;

	@BeforeEach
	void openExample() throws Exception {
		modelFile = dir.resolve(EXAMPLE);
		Files.copy(ThreatRegisterWorkbenchTest.examples().resolve(EXAMPLE), modelFile);
		assertTrue(ModelOpener.open(window().getShell(), modelFile));
	}

	@AfterEach
	void closeModel() {
		ModelSession.get().close();
		Dialogs.waitForBackgroundWork();
	}

	@Test
	void anEditMakesTheModelDirtyUndoMakesItCleanRedoAndSaveWriteItAndReopenShowsIt() throws Exception {
		ModelEditor editor = editor();
		Device device = firstDevice();
		String oldName = device.getName();
		assertFalse(editor.isDirty());

		window().getActivePage().activate(editor);
		editor.reveal(List.of(device));
		PropertiesView properties = (PropertiesView) window().getActivePage().findView(PropertiesView.ID);
		Dialogs.waitUntil(() -> properties.shownObject() == device, "Properties shows the editor's selection");
		assertTrue(properties.setValue("name", "Front door lock"));

		assertEquals("Front door lock", device.getName());
		assertTrue(editor.isDirty());
		assertEquals("Set name of " + oldName, document().commandStack().getUndoCommand().getLabel());

		run("org.eclipse.ui.edit.undo");
		assertEquals(oldName, device.getName());
		assertFalse(editor.isDirty(), "undoing back to the saved state makes the model clean");

		run("org.eclipse.ui.edit.redo");
		assertEquals("Front door lock", device.getName());
		assertTrue(editor.isDirty());

		run("org.eclipse.ui.file.save");
		assertFalse(editor.isDirty());
		assertTrue(Files.readString(modelFile, StandardCharsets.UTF_8).contains("name=\"Front door lock\""));
		SystemModel reloaded = ModelFiles.load(modelFile);
		assertEquals("Front door lock", ((Element) reloaded.eResource().getEObject(device.getId())).getName(),
				"same id, new name");

		assertTrue(ModelOpener.open(window().getShell(), modelFile));
		Element reopened = (Element) ModelSession.get().model().eResource().getEObject(device.getId());
		assertEquals("Front door lock", reopened.getName());
		assertNotSame(device, reopened);
		assertSame(ModelSession.get().document(), editor().document(), "the editor shows the reopened model");
	}

	@Test
	void newChildDeleteAndMoveIntoBoundaryAreCommandsThatUndo() {
		ModelEditor editor = editor();
		SystemModel model = ModelSession.get().model();
		int elements = model.getElements().size();
		ModelCommands.NewChild newDevice = ModelCommands.newChildren(document().editingDomain(), model).stream()
				.filter(child -> child.feature() == TwPackage.Literals.SYSTEM_MODEL__ELEMENTS
						&& child.child() instanceof Device)
				.findFirst().orElseThrow();
		List<String> kinds = ModelCommands.newChildren(document().editingDomain(), model).stream()
				.map(ModelCommands.NewChild::label).toList();
		assertTrue(kinds.containsAll(List.of("Device (elements)", "Gateway (elements)", "Data flow (flows)",
				"Trust boundary (boundaries)", "Data asset (data assets)", "Supplier (suppliers)")), kinds.toString());

		assertTrue(editor.execute(ModelCommands.createChild(document().editingDomain(), model, newDevice)));
		assertEquals(elements + 1, model.getElements().size());
		Element created = model.getElements().get(elements);
		assertEquals("New Device", created.getName());
		assertNotNull(created.getId());
		assertEquals(List.of(created), editor.selectedObjects(), "the new child is selected");

		TrustBoundary boundary = ModelCommands.allBoundaries(model).get(0);
		assertTrue(editor.execute(ModelCommands.moveIntoBoundary(document().editingDomain(), List.of(created), boundary)));
		assertTrue(boundary.getMembers().contains(created));
		assertEquals(1, ModelCommands.allBoundaries(model).stream().filter(b -> b.getMembers().contains(created)).count());

		Device device = firstDevice();
		long flowsOfDevice = model.getFlows().stream().filter(f -> f.getSource() == device || f.getTarget() == device)
				.count();
		assertTrue(flowsOfDevice > 0);
		assertTrue(editor.execute(ModelCommands.delete(document().editingDomain(), List.of(device))));
		assertFalse(model.getElements().contains(device));
		assertTrue(model.getFlows().stream().noneMatch(f -> f.getSource() == device || f.getTarget() == device),
				"no flow points to the deleted element");

		run("org.eclipse.ui.edit.undo");
		run("org.eclipse.ui.edit.undo");
		run("org.eclipse.ui.edit.undo");
		assertTrue(model.getElements().contains(device));
		assertEquals(flowsOfDevice,
				model.getFlows().stream().filter(f -> f.getSource() == device || f.getTarget() == device).count());
		assertEquals(elements, model.getElements().size());
		assertFalse(boundary.getMembers().contains(created));
		assertFalse(editor.isDirty());
	}

	@Test
	void saveAsWritesTheNewFileWhichTheModelThenLivesIn() throws Exception {
		firstDevice();
		document().execute(ModelCommands.set(document().editingDomain(), firstDevice(), TwPackage.Literals.MODEL_ELEMENT__NAME,
				"Renamed"));
		Path copy = dir.resolve("copy.tw");

		assertTrue(ModelSaving.saveAs(window().getShell(), copy));

		assertEquals(copy, ModelSession.get().file());
		assertFalse(editor().isDirty());
		assertEquals("copy.tw", editor().getPartName());
		assertEquals("Threatwright \u2014 copy.tw", window().getShell().getText());
		assertEquals("Renamed", ((Element) ModelFiles.load(copy).eResource().getEObject(firstDevice().getId())).getName());
		assertFalse(Files.readString(modelFile, StandardCharsets.UTF_8).contains("\"Renamed\""), "the old file is untouched");
	}

	@Test
	void revertDiscardsTheUnsavedChanges() {
		Device device = firstDevice();
		String oldName = device.getName();
		document().execute(ModelCommands.set(document().editingDomain(), device, TwPackage.Literals.MODEL_ELEMENT__NAME, "Gone"));

		assertTrue(ModelSaving.revert(window().getShell(), false));

		Element reverted = (Element) ModelSession.get().model().eResource().getEObject(device.getId());
		assertEquals(oldName, reverted.getName());
		assertFalse(document().isDirty());
		assertSame(document(), editor().document());
	}

	@Test
	void aFailedSaveNamesTheFileAndKeepsTheChanges() throws Exception {
		document().execute(ModelCommands.set(document().editingDomain(), firstDevice(), TwPackage.Literals.MODEL_ELEMENT__NAME,
				"Unsaved"));
		Path folder = Files.createDirectory(dir.resolve("a-folder.tw"));
		List<String> dialog = new ArrayList<>();
		Dialogs.whenShown(ModelSaving.SAVE_ERROR_TITLE, shell -> {
			dialog.add(Dialogs.labels(shell));
			shell.close();
		});

		assertFalse(ModelSaving.saveAs(window().getShell(), folder));

		Dialogs.waitUntil(() -> !dialog.isEmpty(), "the error dialog");
		assertTrue(dialog.get(0).contains(folder.toString()), dialog.get(0));
		assertTrue(dialog.get(0).contains("it is a folder"), dialog.get(0));
		assertTrue(document().isDirty());
		assertEquals(modelFile, ModelSession.get().file());
		assertEquals("Unsaved", firstDevice().getName());
	}

	@Test
	void aCorruptFileShowsAnErrorAndTheEditedModelStaysOpen() throws Exception {
		document().execute(ModelCommands.set(document().editingDomain(), firstDevice(), TwPackage.Literals.MODEL_ELEMENT__NAME,
				"Still here"));
		ModelDocument before = document();
		Path broken = dir.resolve("broken.tw");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<tw:SystemModel xmlns:tw=\"http://threatwright.org/model/1.0\">\n"
				+ "  <elements name=\"unclosed\">\n</tw:SystemModel>\n", StandardCharsets.UTF_8);
		List<String> dialog = new ArrayList<>();
		Dialogs.whenShown(ModelOpener.ERROR_TITLE, shell -> {
			dialog.add(Dialogs.labels(shell));
			shell.close();
		});

		assertFalse(ModelOpener.open(window().getShell(), broken));

		assertTrue(dialog.get(0).contains(broken + ":"), dialog.get(0));
		assertSame(before, document());
		assertTrue(document().isDirty());
		assertSame(before, editor().document());
		assertEquals("Still here", firstDevice().getName());
	}

	@Test
	void problemsViewListsAnErrorIntroducedByAnEditAndDropsItAfterUndo() throws Exception {
		ProblemsView problems = (ProblemsView) window().getActivePage().showView(ProblemsView.ID);
		DataFlow flow = ModelSession.get().model().getFlows().get(0);
		ModelProblems.get().validateNow();
		int before = problems.viewer().getTable().getItemCount();
		assertTrue(ModelProblems.get().problems().stream().noneMatch(p -> p.code().equals("flow-end-missing")));

		document().execute(ModelCommands.set(document().editingDomain(), flow, TwPackage.Literals.DATA_FLOW__SOURCE, null));

		Dialogs.waitUntil(() -> problems.viewer().getTable().getItemCount() == before + 1, "the new problem is listed");
		ModelProblem problem = ModelProblems.get().problems().stream().filter(p -> p.code().equals("flow-end-missing"))
				.findFirst().orElseThrow();
		assertEquals(flow.getId(), problem.elementId());
		assertTrue(java.util.Arrays.stream(problems.viewer().getTable().getItems())
				.anyMatch(item -> item.getText(2).contains("has no source element")));

		problems.select(ModelProblems.objectOf(problem));
		assertEquals(List.of(flow), editor().selectedObjects(), "double-click selects the element in the editor");

		run("org.eclipse.ui.edit.undo");
		Dialogs.waitUntil(() -> problems.viewer().getTable().getItemCount() == before, "the problem is gone");
	}

	@Test
	void savingAnalysesTheModelAgain() {
		Dialogs.waitUntil(() -> AnalysisSession.get().state() != null && !AnalysisSession.get().isRunning(),
				"the first analysis", 120_000);
		RegisterState first = AnalysisSession.get().state();
		assertTrue(first.modelErrors().isEmpty());
		DataFlow flow = ModelSession.get().model().getFlows().get(0);
		document().execute(ModelCommands.set(document().editingDomain(), flow, TwPackage.Literals.DATA_FLOW__TARGET, null));
		assertSame(first, AnalysisSession.get().state(), "an edit alone does not analyse");

		assertTrue(ModelSaving.save(window().getShell()));

		Dialogs.waitUntil(() -> AnalysisSession.get().state() != null && AnalysisSession.get().state() != first
				&& !AnalysisSession.get().isRunning(), "the analysis after saving", 120_000);
		assertFalse(AnalysisSession.get().state().modelErrors().isEmpty(), "the saved model's error is in the register state");
	}

	@Test
	void newModelWizardFromAnExampleWritesAValidModelAndOpensIt() {
		Path created = dir.resolve("my-hub.tw");
		NewModelWizard wizard = new NewModelWizard(dir);
		WizardDialog dialog = new WizardDialog(window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.page().fill(EXAMPLE, "My hub", created.toString());
			assertNull(wizard.page().getErrorMessage());
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}

		assertEquals(created, ModelSession.get().file());
		assertEquals("My hub", ModelSession.get().model().getName());
		assertTrue(new ModelValidator(ModelSession.get().model()).errors().isEmpty());
		assertSame(ModelSession.get().document(), editor().document());
	}

	@Test
	void newModelWizardRefusesAnExistingFileAndCreatesABlankModel() throws Exception {
		NewModelWizard wizard = new NewModelWizard(dir);
		WizardDialog dialog = new WizardDialog(window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Path blank = dir.resolve("blank.tw");
		try {
			wizard.page().fill(null, "Blank product", modelFile.toString());
			assertTrue(wizard.page().getErrorMessage().contains("exists already"), wizard.page().getErrorMessage());
			assertFalse(wizard.canFinish());
			wizard.page().fill(null, "Blank product", blank.toString());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		assertEquals("Blank product", ModelFiles.load(blank).getName());
		assertEquals(blank, ModelSession.get().file());
	}

	@Test
	void propertiesRefuseAnInvalidValueAndEditReferencesAndEnumerationsAsCommands() {
		SystemModel model = ModelSession.get().model();
		PropertyLine supportedUntil = line(model, "supportedUntil");
		assertTrue(supportedUntil.editable());
		assertEquals("'2027-13-01' is not a valid Date (YYYY-MM-DD)", supportedUntil.problemWith("2027-13-01"));
		assertNull(supportedUntil.problemWith("2031-12-31"));
		assertFalse(line(model, "id").editable(), "ids never change");
		assertFalse(line(model, "elements").editable(), "lists are edited in the tree");

		DataFlow flow = model.getFlows().get(0);
		Element oldTarget = flow.getTarget();
		Protocol oldProtocol = flow.getProtocol();
		Element newTarget = model.getElements().stream().filter(e -> e != oldTarget && e != flow.getSource())
				.findFirst().orElseThrow();
		window().getActivePage().activate(editor());
		editor().reveal(List.of(flow));
		PropertiesView properties = (PropertiesView) window().getActivePage().findView(PropertiesView.ID);
		Dialogs.waitUntil(() -> properties.shownObject() == flow, "Properties shows the flow");

		assertTrue(properties.setValue("target", newTarget));
		assertTrue(properties.setValue("protocol", Protocol.HTTPS));
		assertFalse(properties.setValue("protocol", Protocol.HTTPS), "the same value again is no edit");

		assertSame(newTarget, flow.getTarget());
		assertEquals(Protocol.HTTPS, flow.getProtocol());
		run("org.eclipse.ui.edit.undo");
		run("org.eclipse.ui.edit.undo");
		assertSame(oldTarget, flow.getTarget());
		assertEquals(oldProtocol, flow.getProtocol());
		assertFalse(document().isDirty());
	}

	private static PropertyLine line(org.eclipse.emf.ecore.EObject object, String property) {
		return PropertyLine.of(object).stream().filter(l -> l.row().property().equals(property)).findFirst()
				.orElseThrow(() -> new AssertionError("no property " + property));
	}

	private static void run(String commandId) {
		try {
			window().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (Exception e) {
			throw new AssertionError("cannot run " + commandId, e);
		}
	}

	private static Device firstDevice() {
		return ModelSession.get().model().getElements().stream().filter(Device.class::isInstance).map(Device.class::cast)
				.findFirst().orElseThrow();
	}

	private static ModelDocument document() {
		return ModelSession.get().document();
	}

	private static ModelEditor editor() {
		ModelEditor editor = ModelEditors.find(window());
		assertNotNull(editor, "the model editor is open");
		return editor;
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return active != null ? active : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}
}
