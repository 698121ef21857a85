package org.threatwright.ui.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;
import org.threatwright.model.Element;
import org.threatwright.model.TrustBoundary;
import org.threatwright.ui.explorer.ModelLabels;
import org.threatwright.ui.session.ModelSession;

/**
 * The tree editor of the open model: its containment tree, with New child, Delete and Move into boundary
 * in the context menu and elements dragged onto a trust boundary to make them members. Every edit is a
 * command on the {@link ModelDocument}'s stack, so the editor is dirty exactly when the stack says so.
 * Closing it closes the model (after asking about unsaved changes, like any editor).
 */
public class ModelEditor extends EditorPart {

	public static final String ID = "org.threatwright.ui.editors.model";

	private final Runnable stateListener = this::documentChanged;
	private ModelDocument document;
	private TreeViewer viewer;
	private boolean dirtyShown;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ModelEditorInput modelInput)) {
			throw new PartInitException("The model editor opens models of the session, not " + input);
		}
		setSite(site);
		setInput(input);
		document = modelInput.document();
		document.addStateListener(stateListener);
		updateTitle();
	}

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ModelTreeContent(document.adapterFactory()));
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ModelTreeContent.FeatureGroup group ? group.label() : ModelLabels.text(element);
			}
		});
		viewer.setInput(document.model().eResource());
		viewer.expandToLevel(2);
		getSite().setSelectionProvider(viewer);
		createContextMenu();
		addDragAndDrop();
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager("#ModelEditorPopup");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private void fillContextMenu(IMenuManager menu) {
		List<EObject> selected = selectedObjects();
		if (selected.size() == 1) {
			EObject owner = selected.get(0);
			MenuManager newChild = new MenuManager("&New Child");
			for (ModelCommands.NewChild child : ModelCommands.newChildren(document.editingDomain(), owner)) {
				newChild.add(action(child.label(),
						() -> ModelCommands.createChild(document.editingDomain(), owner, child)));
			}
			menu.add(newChild);
		}
		List<Element> elements = selected.stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
		if (!elements.isEmpty() && elements.size() == selected.size()) {
			MenuManager move = new MenuManager("&Move into Boundary");
			for (TrustBoundary boundary : ModelCommands.allBoundaries(document.model())) {
				move.add(action(ModelLabels.nameOf(boundary),
						() -> ModelCommands.moveIntoBoundary(document.editingDomain(), elements, boundary)));
			}
			menu.add(move);
		}
		menu.add(new Separator());
		if (!selected.isEmpty() && !selected.contains(document.model())) {
			menu.add(action("&Delete", () -> ModelCommands.delete(document.editingDomain(), selected)));
		}
	}

	private Action action(String label, java.util.function.Supplier<Command> command) {
		Action action = new Action(label) {
			@Override
			public void run() {
				execute(command.get());
			}
		};
		return action;
	}

	/** Runs a command on the document's stack and selects what it affected; for the menu, drops and tests. */
	public boolean execute(Command command) {
		if (!document.execute(command)) {
			return false;
		}
		List<Object> affected = new ArrayList<>(command.getAffectedObjects());
		if (!affected.isEmpty() && viewer != null) {
			viewer.setSelection(new StructuredSelection(affected), true);
		}
		return true;
	}

	private void addDragAndDrop() {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				return target instanceof TrustBoundary && !draggedElements().isEmpty();
			}

			@Override
			public boolean performDrop(Object data) {
				return getCurrentTarget() instanceof TrustBoundary boundary
						&& execute(ModelCommands.moveIntoBoundary(document.editingDomain(), draggedElements(), boundary));
			}
		});
	}

	private static List<Element> draggedElements() {
		if (!(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged)) {
			return List.of();
		}
		List<Element> elements = new ArrayList<>();
		for (Object object : dragged.toList()) {
			if (!(object instanceof Element element)) {
				return List.of();
			}
			elements.add(element);
		}
		return elements;
	}

	/** The model objects selected in the tree. */
	public List<EObject> selectedObjects() {
		List<EObject> objects = new ArrayList<>();
		for (Object object : viewer.getStructuredSelection().toList()) {
			if (object instanceof EObject eObject) {
				objects.add(eObject);
			}
		}
		return objects;
	}

	/** Selects {@code objects} in the tree, opening what contains them. */
	public void reveal(Collection<? extends EObject> objects) {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setSelection(new StructuredSelection(new ArrayList<>(objects)), true);
		}
	}

	public ModelDocument document() {
		return document;
	}

	/** The tree, for tests. */
	public TreeViewer viewer() {
		return viewer;
	}

	private void documentChanged() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh();
		}
		if (dirtyShown != isDirty()) {
			dirtyShown = isDirty();
			firePropertyChange(PROP_DIRTY);
		}
		updateTitle();
	}

	private void updateTitle() {
		ModelEditorInput input = (ModelEditorInput) getEditorInput();
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		ModelSaving.save(getSite().getShell());
	}

	@Override
	public void doSaveAs() {
		ModelSaving.saveAs(getSite().getShell());
	}

	@Override
	public boolean isDirty() {
		return document.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		document.removeStateListener(stateListener);
		// closing the editor closes its model, unless another model has replaced it or the application is ending
		if (ModelSession.get().document() == document && !PlatformUI.getWorkbench().isClosing()) {
			ModelSession.get().close();
		}
		super.dispose();
	}
}
