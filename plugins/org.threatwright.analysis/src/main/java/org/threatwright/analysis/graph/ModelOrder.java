package org.threatwright.analysis.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;

/**
 * Where each object of a model stands in model order (the depth-first order of its containment tree, the
 * order the architect wrote things in), as numbers that stay valid while the model changes: positions are
 * spread with wide gaps, an inserted object takes numbers in the gap between its neighbours in the tree, and
 * a removed one just gives its numbers up, so no other object's number moves. Only when a gap is used up
 * are all objects renumbered ({@link #epoch()} then changes, and keys computed earlier must be recomputed).
 *
 * <p>Also finds a {@link ModelElement} by id (the first one in model order, as the register's order does).
 * Building: linear in the model. {@link #inserted} of a subtree of k objects: O(k + s) where s is the size of
 * the list it was inserted into (to find its index); {@link #removed}: O(k). Not thread-safe for updates;
 * reads may run in parallel between updates.
 */
public final class ModelOrder {

	/** The widest gap between neighbours; leaves room for about a million insertions at one place. */
	private static final long WIDEST_GAP = 1L << 40;
	/** The widest step an insertion takes, so that a run of appends at the same place does not halve the gap each time. */
	private static final long INSERTION_STEP = 1L << 20;

	private final SystemModel model;
	private final Map<EObject, Long> positions = new IdentityHashMap<>();
	private final Map<String, ModelElement> byId = new HashMap<>();
	private int epoch;
	private boolean ambiguousIds;

	private ModelOrder(SystemModel model) {
		this.model = model;
		renumber();
	}

	public static ModelOrder of(SystemModel model) {
		return new ModelOrder(model);
	}

	/** Changes whenever all positions were renumbered. */
	public int epoch() {
		return epoch;
	}

	/** The object's position, or {@link Long#MAX_VALUE} if it is not in the model. */
	public long position(EObject object) {
		Long position = positions.get(object);
		return position == null ? Long.MAX_VALUE : position;
	}

	/** The position of the first model element with this id, or {@link Long#MAX_VALUE} if there is none. */
	public long position(String id) {
		ModelElement element = byId.get(id);
		return element == null ? Long.MAX_VALUE : position(element);
	}

	/** Numbers {@code object} and its contents, which were just added to the model, between their tree neighbours. */
	public void inserted(EObject object) {
		if (positions.containsKey(object)) {
			return;
		}
		List<EObject> subtree = subtree(object);
		long before = position(previousInTree(object));
		long after = positionAfterSubtree(object);
		long step = Math.min(INSERTION_STEP, (after - before) / (subtree.size() + 1));
		if (before >= after || step < 1 || ambiguousIds || subtree.stream().anyMatch(this::idTaken)) {
			renumber(); // the gap is used up, or ids are shared: number everything again from the tree
			return;
		}
		long next = before;
		for (EObject each : subtree) {
			next += step;
			positions.put(each, next);
			if (each instanceof ModelElement element && element.getId() != null) {
				byId.put(element.getId(), element);
			}
		}
	}

	/** Forgets {@code object} and its contents, which were just removed from the model. */
	public void removed(EObject object) {
		for (EObject each : subtree(object)) {
			positions.remove(each);
			if (each instanceof ModelElement element && element.getId() != null && byId.get(element.getId()) == element) {
				byId.remove(element.getId());
				if (ambiguousIds) {
					renumber(); // another element may share the id: find the first one again
					return;
				}
			}
		}
	}

	/** Follows an element's change of id. */
	public void idChanged(ModelElement element, String oldId) {
		if (!positions.containsKey(element)) {
			return;
		}
		if (oldId != null && byId.get(oldId) == element) {
			byId.remove(oldId);
		}
		if (ambiguousIds || idTaken(element)) {
			renumber(); // shared ids: the first element in model order holds the id
		} else if (element.getId() != null) {
			byId.put(element.getId(), element);
		}
	}

	private boolean idTaken(EObject object) {
		if (!(object instanceof ModelElement element) || element.getId() == null) {
			return false;
		}
		ModelElement holder = byId.get(element.getId());
		return holder != null && holder != element;
	}

	private void renumber() {
		positions.clear();
		byId.clear();
		ambiguousIds = false;
		int count = 1;
		for (var it = model.eAllContents(); it.hasNext(); it.next()) {
			count++;
		}
		long gap = Math.min(WIDEST_GAP, Long.MAX_VALUE / 4 / count);
		long next = 0;
		positions.put(model, next);
		byId.put(model.getId(), model);
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			next += gap;
			positions.put(object, next);
			if (object instanceof ModelElement element) {
				if (byId.putIfAbsent(element.getId(), element) != null) {
					ambiguousIds = true;
				}
			}
		}
		epoch++;
	}

	private static List<EObject> subtree(EObject object) {
		List<EObject> subtree = new ArrayList<>();
		subtree.add(object);
		object.eAllContents().forEachRemaining(subtree::add);
		return subtree;
	}

	/** The object just before {@code object} in depth-first order: the last of its previous sibling's subtree, or its container. */
	private static EObject previousInTree(EObject object) {
		EObject previous = sibling(object, -1);
		if (previous == null) {
			return object.eContainer();
		}
		for (EObject last = lastChild(previous); last != null; last = lastChild(previous)) {
			previous = last;
		}
		return previous;
	}

	/** The position of the first object after {@code object}'s subtree, or the end of the number range. */
	private long positionAfterSubtree(EObject object) {
		for (EObject current = object; current.eContainer() != null; current = current.eContainer()) {
			EObject next = sibling(current, +1);
			while (next != null && !positions.containsKey(next)) {
				next = sibling(next, +1); // added in the same change, numbered next
			}
			if (next != null) {
				return position(next);
			}
		}
		return Long.MAX_VALUE - 1;
	}

	private static EObject lastChild(EObject object) {
		List<EReference> features = object.eClass().getEAllContainments();
		for (int f = features.size() - 1; f >= 0; f--) {
			EObject last = edge(object, features.get(f), false);
			if (last != null) {
				return last;
			}
		}
		return null;
	}

	/**
	 * The object before ({@code direction} -1) or after (+1) {@code object} among its container's contents, or
	 * null. Goes through the containment lists themselves (array access) rather than the container's contents
	 * view, whose positional access walks from the start.
	 */
	private static EObject sibling(EObject object, int direction) {
		EObject container = object.eContainer();
		EReference feature = object.eContainmentFeature();
		if (feature.isMany()) {
			List<?> list = (List<?>) container.eGet(feature);
			int index = list.indexOf(object) + direction;
			if (index >= 0 && index < list.size()) {
				return (EObject) list.get(index);
			}
		}
		List<EReference> features = container.eClass().getEAllContainments();
		for (int f = features.indexOf(feature) + direction; f >= 0 && f < features.size(); f += direction) {
			EObject edge = edge(container, features.get(f), direction > 0);
			if (edge != null) {
				return edge;
			}
		}
		return null;
	}

	/** The first or last object {@code feature} of {@code container} holds, or null if it holds none. */
	private static EObject edge(EObject container, EReference feature, boolean first) {
		Object value = container.eGet(feature);
		if (value instanceof List<?> list) {
			return list.isEmpty() ? null : (EObject) list.get(first ? 0 : list.size() - 1);
		}
		return (EObject) value;
	}
}
