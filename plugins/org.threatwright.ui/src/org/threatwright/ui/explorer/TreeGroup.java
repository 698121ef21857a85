package org.threatwright.ui.explorer;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * A heading in the Model Explorer ("Elements", "Devices", "Data flows"...) that is not itself a model
 * object. Two groups are equal when they belong to the same owner and have the same key, so the tree
 * keeps its expansion state when it is refreshed and the groups are built anew.
 *
 * @param owner    the model object the group belongs to (compared by identity)
 * @param key      stable identifier of the group within its owner
 * @param title    what the group is called, without the count
 * @param count    how many model objects the group stands for (for "Elements": all elements, not kinds)
 * @param children what the group shows directly, already sorted
 */
public record TreeGroup(EObject owner, String key, String title, int count, List<Object> children) {

	public TreeGroup {
		children = List.copyOf(children);
	}

	public String label() {
		return title + " (" + count + ")";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TreeGroup group && group.owner == owner && group.key.equals(key);
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(owner) * 31 + key.hashCode();
	}

	@Override
	public String toString() {
		return label();
	}
}
