package org.threatwright.ui.explorer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.threatwright.model.SystemModel;

/**
 * Feeds a JFace tree from {@link ModelTree}. The children of each node are built once and kept until the
 * input changes or {@link #forget()} is called (before a refresh): the viewer asks for them several times
 * (has children? which? expand), and building a group means sorting thousands of labels.
 */
public class ModelTreeContentProvider implements ITreeContentProvider {

	private final Map<Object, List<Object>> children = new HashMap<>();

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
		return childrenOf(node).toArray();
	}

	private List<Object> childrenOf(Object node) {
		return children.computeIfAbsent(node, ModelTree::children);
	}

	/** Drops the kept children: the model has changed. */
	public void forget() {
		children.clear();
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		forget();
	}

	@Override
	public void dispose() {
		forget();
	}

	@Override
	public Object getParent(Object node) {
		// groups and boundary members are rebuilt on demand and have no stored parent; JFace copes with null
		return null;
	}

	@Override
	public boolean hasChildren(Object node) {
		return !childrenOf(node).isEmpty();
	}
}
