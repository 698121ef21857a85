package org.threatwright.diagram.layout;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.diagram.gmodel.Containment;
import org.threatwright.diagram.gmodel.ElementKind;
import org.threatwright.diagram.notation.Bounds;
import org.threatwright.diagram.notation.DiagramNotation;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;

/**
 * Places what the notation does not know yet (an element added in the tree editor, an imported boundary)
 * without moving anything else: in a row below the existing content of its container. A model with no
 * notation at all gets a full {@link ElkDiagramLayout} instead. O(elements + boundaries).
 */
public final class MissingPlacement {

	private static final double GAP = 30;

	private final SystemModel model;
	private final DiagramNotation notation;
	private Containment containment;

	public MissingPlacement(SystemModel model, DiagramNotation notation) {
		this.model = model;
		this.notation = notation;
	}

	/** Bounds for every element and boundary without bounds; empty when all are placed. */
	public Map<String, Bounds> place() {
		containment = new Containment(model);
		Map<EObject, double[]> cursor = new HashMap<>(); // container -> {nextX, rowY}
		Map<String, Bounds> placed = new HashMap<>();
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof TrustBoundary boundary && !notation.hasBounds(boundary.getId())) {
				EObject container = boundary.eContainer() instanceof TrustBoundary parent ? parent : model;
				placed.put(boundary.getId(), next(container, 320, 200, cursor));
			} else if (object instanceof Element element && !notation.hasBounds(element.getId())) {
				EObject container = containment.boundaryOf(element).<EObject>map(b -> b).orElse(model);
				placed.put(element.getId(), next(container, ElementKind.WIDTH, ElementKind.HEIGHT, cursor));
			}
		});
		return placed;
	}

	private Bounds next(EObject container, double width, double height, Map<EObject, double[]> cursor) {
		double[] at = cursor.computeIfAbsent(container, c -> new double[] { GAP, bottomOfContent(c) + GAP });
		Bounds bounds = new Bounds(at[0], at[1], width, height);
		at[0] += width + GAP;
		return bounds;
	}

	/** Lowest bottom edge of the placed content directly in {@code container}. */
	private double bottomOfContent(EObject container) {
		double bottom = container instanceof TrustBoundary ? 10 : 0;
		Iterable<? extends ModelElement> content = container instanceof TrustBoundary boundary
				? concat(boundary.getBoundaries(), boundary.getMembers())
				: concat(model.getBoundaries(), model.getElements().stream()
						.filter(e -> containment.boundaryOf(e).isEmpty()).toList());
		for (ModelElement child : content) {
			bottom = Math.max(bottom, notation.bounds(child.getId()).map(Bounds::bottom).orElse(0.0));
		}
		return bottom;
	}

	private static Iterable<ModelElement> concat(Iterable<? extends ModelElement> a, Iterable<? extends ModelElement> b) {
		java.util.List<ModelElement> all = new java.util.ArrayList<>();
		a.forEach(all::add);
		b.forEach(all::add);
		return all;
	}
}
