package org.threatwright.ui.explorer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.model.Component;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;

/**
 * The shape of the Model Explorer tree, independent of SWT: the product at the top, then one group per
 * part of the model, elements sub-grouped by kind, nested trust boundaries with their members, and the
 * interfaces, components and update mechanism of each element beneath it. Siblings are sorted by their
 * label (which starts with the name), then by id, so the same model always gives the same tree.
 */
public final class ModelTree {

	/** Group keys; stable so that tests and expansion state can rely on them. */
	public static final String ELEMENTS = "elements";
	public static final String FLOWS = "flows";
	public static final String BOUNDARIES = "boundaries";
	public static final String DATA_ASSETS = "dataAssets";
	public static final String SUPPLIERS = "suppliers";
	public static final String PEOPLE_AND_ROLES = "peopleAndRoles";
	public static final String ASSUMPTIONS = "assumptions";

	/** A node with its sort keys, computed once: a label costs string building, a sort asks n log n times. */
	private record Keyed(String label, String id, Object node) {
		static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::label, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(Keyed::label).thenComparing(Keyed::id);

		static Keyed of(Object node) {
			return new Keyed(ModelLabels.text(node), idOf(node), node);
		}
	}

	private ModelTree() {
	}

	/** The top of the tree: the product, if a model is open. */
	public static List<Object> roots(SystemModel model) {
		return model == null ? List.of() : List.of(model);
	}

	/** What {@code node} shows beneath it, in display order. */
	public static List<Object> children(Object node) {
		if (node instanceof TreeGroup group) {
			return group.children();
		}
		if (node instanceof SystemModel model) {
			return productGroups(model);
		}
		if (node instanceof TrustBoundary boundary) {
			return boundaryContents(boundary);
		}
		if (node instanceof Element element) {
			return elementParts(element);
		}
		if (node instanceof Component component) {
			return sorted(component.getComponents());
		}
		return List.of();
	}

	public static boolean hasChildren(Object node) {
		return !children(node).isEmpty();
	}

	/**
	 * The model object a tree node stands for, or {@code null} for a group heading. A boundary member is
	 * the element itself, so selecting it shows the element's properties.
	 */
	public static EObject objectOf(Object node) {
		if (node instanceof BoundaryMember member) {
			return member.element();
		}
		if (node instanceof EObject object) {
			return object;
		}
		return null;
	}

	/**
	 * The tree path from the product down to {@code target} as the tree shows it (groups included), or an empty
	 * list when the target is not in {@code model}. Only the target's containers are descended into, so the
	 * cost is that of building the groups along the way.
	 */
	public static List<Object> pathTo(SystemModel model, EObject target) {
		Set<EObject> containers = new HashSet<>();
		for (EObject object = target; object != null; object = object.eContainer()) {
			containers.add(object);
		}
		if (model == null || !containers.contains(model)) {
			return List.of();
		}
		List<Object> path = new ArrayList<>(List.of(model));
		return descend(model, target, containers, path) ? path : List.of();
	}

	private static boolean descend(Object node, EObject target, Set<EObject> containers, List<Object> path) {
		if (node == target) {
			return true;
		}
		for (Object child : children(node)) {
			if (child instanceof TreeGroup || child instanceof EObject object && containers.contains(object)) {
				path.add(child);
				if (descend(child, target, containers, path)) {
					return true;
				}
				path.remove(path.size() - 1);
			}
		}
		return false;
	}

	private static List<Object> productGroups(SystemModel model) {
		List<Object> people = new ArrayList<>(sorted(model.getPeople()));
		people.addAll(sorted(model.getRoles()));
		return List.of(
				new TreeGroup(model, ELEMENTS, "Elements", model.getElements().size(), elementKindGroups(model)),
				new TreeGroup(model, FLOWS, "Data flows", model.getFlows().size(), sorted(model.getFlows())),
				new TreeGroup(model, BOUNDARIES, "Trust boundaries", countBoundaries(model.getBoundaries()),
						sorted(model.getBoundaries())),
				new TreeGroup(model, DATA_ASSETS, "Data assets", model.getDataAssets().size(),
						sorted(model.getDataAssets())),
				new TreeGroup(model, SUPPLIERS, "Suppliers", model.getSuppliers().size(), sorted(model.getSuppliers())),
				new TreeGroup(model, PEOPLE_AND_ROLES, "People and roles", people.size(), people),
				new TreeGroup(model, ASSUMPTIONS, "Assumptions", model.getAssumptions().size(),
						sorted(model.getAssumptions())));
	}

	/** Only kinds the model has get a group: eight empty headings would bury the ones that matter. */
	private static List<Object> elementKindGroups(SystemModel model) {
		Map<ElementKind, List<Element>> byKind = new EnumMap<>(ElementKind.class);
		for (Element element : model.getElements()) {
			byKind.computeIfAbsent(ElementKind.of(element), kind -> new ArrayList<>()).add(element);
		}
		List<Object> groups = new ArrayList<>();
		byKind.forEach((kind, elements) -> groups.add(
				new TreeGroup(model, ELEMENTS + "." + kind.name(), kind.title(), elements.size(), sorted(elements))));
		return groups;
	}

	private static List<Object> boundaryContents(TrustBoundary boundary) {
		List<Object> contents = new ArrayList<>(sorted(boundary.getBoundaries()));
		List<Object> members = new ArrayList<>();
		for (Element element : boundary.getMembers()) {
			members.add(new BoundaryMember(boundary, element));
		}
		contents.addAll(sortedNodes(members));
		return contents;
	}

	private static List<Object> elementParts(Element element) {
		List<Object> parts = new ArrayList<>(sorted(element.getInterfaces()));
		parts.addAll(sorted(element.getComponents()));
		if (element instanceof Device device && device.getUpdateMechanism() != null) {
			parts.add(device.getUpdateMechanism());
		}
		return parts;
	}

	/** All boundaries, nested ones included: "Trust boundaries (3)" should count what the model has. */
	private static int countBoundaries(Collection<TrustBoundary> boundaries) {
		int count = 0;
		for (TrustBoundary boundary : boundaries) {
			count += 1 + countBoundaries(boundary.getBoundaries());
		}
		return count;
	}

	private static List<Object> sorted(Collection<? extends EObject> objects) {
		return sortedNodes(objects);
	}

	private static List<Object> sortedNodes(Collection<?> nodes) {
		List<Keyed> keyed = new ArrayList<>(nodes.size());
		for (Object node : nodes) {
			keyed.add(Keyed.of(node));
		}
		keyed.sort(Keyed.ORDER);
		List<Object> list = new ArrayList<>(keyed.size());
		for (Keyed entry : keyed) {
			list.add(entry.node());
		}
		return list;
	}

	private static String idOf(Object node) {
		EObject object = objectOf(node);
		return object instanceof ModelElement element && element.getId() != null ? element.getId() : "";
	}
}
