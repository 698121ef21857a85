package org.threatwright.ui.explorer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.threatwright.model.SystemModel;

/** Feeds a JFace tree from {@link ModelTree}. */
public class ModelTreeContentProvider implements ITreeContentProvider {

	/**
	 * The viewer's input. It must not be the model itself: JFace maps the input to the tree widget, and an
	 * input that is also the root item makes the product show up nested inside itself.
	 */
	public record Input(SystemModel model) {
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Input root ? ModelTree.roots(root.model()).toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object node) {
		return ModelTree.children(node).toArray();
	}

	@Override
	public Object getParent(Object node) {
		// groups and boundary members are rebuilt on demand and have no stored parent; JFace copes with null
		return null;
	}

	@Override
	public boolean hasChildren(Object node) {
		return ModelTree.hasChildren(node);
	}
}
