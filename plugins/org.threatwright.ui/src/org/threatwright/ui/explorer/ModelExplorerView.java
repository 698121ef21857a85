package org.threatwright.ui.explorer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.threatwright.model.SystemModel;
import org.threatwright.ui.session.ModelSession;

/** The open model as a tree: product, element kinds, flows, boundaries, assets, suppliers, people. */
public class ModelExplorerView extends ViewPart {

	public static final String ID = "org.threatwright.ui.views.modelExplorer";


	private final Consumer<ModelSession> sessionListener = this::show;
	private final Consumer<ModelSession> changeListener = session -> refresh();
	private TreeViewer viewer;
	private final ModelTreeContentProvider content = new ModelTreeContentProvider();

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new ModelTreeLabelProvider());
		viewer.setUseHashlookup(true);
		viewer.addDoubleClickListener(event -> {
			Object node = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (node != null) {
				viewer.setExpandedState(node, !viewer.getExpandedState(node));
			}
		});
		getSite().setSelectionProvider(viewer);
		ModelSession.get().addListener(sessionListener);
		ModelSession.get().addChangeListener(changeListener);
		show(ModelSession.get());
	}

	private void show(ModelSession session) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		SystemModel model = session.model();
		viewer.setInput(new ModelTreeContentProvider.Input(model));
		if (model != null) {
			expandElements(model);
		}
		Path file = session.file();
		setContentDescription(model == null ? "No model open: File > Open Model... (Ctrl+O)"
				: file == null ? "" : file.toString());
	}

	/** After an edit: the groups are built anew and compare equal to the old ones, so what was open stays open. */
	private void refresh() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			content.forget();
			viewer.refresh();
		}
	}

	/**
	 * Opens the product and its elements, by kind: the elements are what people look for first, while
	 * flows and the other groups can be long and stay closed until asked for.
	 */
	private void expandElements(SystemModel model) {
		viewer.setExpandedState(model, true);
		for (Object group : content.getChildren(model)) {
			if (group instanceof TreeGroup elements && elements.key().equals(ModelTree.ELEMENTS)) {
				viewer.expandToLevel(elements, 1);
				elements.children().forEach(kindGroup -> viewer.setExpandedState(kindGroup, true));
			}
		}
	}

	/** Selects {@code object} in the tree, opening the groups above it; nothing happens when it is not shown. */
	public void reveal(EObject object) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Object> path = ModelTree.pathTo(ModelSession.get().model(), object);
		if (!path.isEmpty()) {
			viewer.setSelection(new TreeSelection(new TreePath(path.toArray())), true);
		}
	}

	/** The object selected in the tree (a boundary member stands for its element), or null. */
	public EObject selectedObject() {
		return ModelTree.objectOf(viewer.getStructuredSelection().getFirstElement());
	}

	/** The viewer, for tests and for views that want to select in it. */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ModelSession.get().removeListener(sessionListener);
		ModelSession.get().removeChangeListener(changeListener);
		super.dispose();
	}
}
