package org.threatwright.diagram.gmodel;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.threatwright.diagram.notation.Bounds;
import org.threatwright.diagram.notation.DiagramNotation;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;

/**
 * Absolute geometry of the drawn system diagram, derived from the notation (positions relative to the
 * container) and the model's nesting, with boundaries grown to their content exactly as
 * {@link SystemGModelBuilder} draws them. Used to turn client coordinates into container-relative ones and
 * to find the boundary a moved node was dropped into.
 */
public final class Geometry {

	private final SystemModel model;
	private final DiagramNotation notation;
	private final Containment containment;
	private final Map<TrustBoundary, Bounds> grown = new HashMap<>();

	public Geometry(SystemModel model, DiagramNotation notation) {
		this.model = model;
		this.notation = notation;
		this.containment = new Containment(model);
	}

	public Containment containment() {
		return containment;
	}

	/** Absolute top-left corner of {@code container}'s inside; (0,0) for the diagram (null). */
	public double[] originOf(TrustBoundary container) {
		double x = 0;
		double y = 0;
		for (TrustBoundary at = container; at != null; at = Containment.parentOf(at).orElse(null)) {
			Bounds b = notation.bounds(at.getId()).orElse(new Bounds(0, 0, 0, 0));
			x += b.x();
			y += b.y();
		}
		return new double[] { x, y };
	}

	/** The container a node is drawn in: the boundary for an element or nested boundary, null for the diagram. */
	public TrustBoundary containerOf(Object node) {
		if (node instanceof Element element) {
			return containment.boundaryOf(element).orElse(null);
		}
		if (node instanceof TrustBoundary boundary) {
			return Containment.parentOf(boundary).orElse(null);
		}
		return null;
	}

	/** Absolute drawn bounds of a boundary (grown to its content). */
	public Bounds absoluteBounds(TrustBoundary boundary) {
		Bounds relative = drawnBounds(boundary);
		double[] origin = originOf(Containment.parentOf(boundary).orElse(null));
		return new Bounds(origin[0] + relative.x(), origin[1] + relative.y(), relative.width(), relative.height());
	}

	/** A boundary's bounds relative to its container, grown to its content as drawn. */
	public Bounds drawnBounds(TrustBoundary boundary) {
		Bounds cached = grown.get(boundary);
		if (cached != null) {
			return cached;
		}
		Bounds stored = notation.bounds(boundary.getId()).orElse(new Bounds(0, 0, 320, 200));
		double width = stored.width();
		double height = stored.height();
		for (TrustBoundary nested : boundary.getBoundaries()) {
			Bounds b = drawnBounds(nested);
			width = Math.max(width, b.right() + SystemGModelBuilder.BOUNDARY_PADDING);
			height = Math.max(height, b.bottom() + SystemGModelBuilder.BOUNDARY_PADDING);
		}
		for (Element member : boundary.getMembers()) {
			if (containment.boundaryOf(member).orElse(null) == boundary) {
				Optional<Bounds> b = notation.bounds(member.getId());
				if (b.isPresent()) {
					width = Math.max(width, b.get().right() + SystemGModelBuilder.BOUNDARY_PADDING);
					height = Math.max(height, b.get().bottom() + SystemGModelBuilder.BOUNDARY_PADDING);
				}
			}
		}
		Bounds result = stored.resize(width, height);
		grown.put(boundary, result);
		return result;
	}

	/**
	 * The deepest boundary whose drawn rectangle holds the absolute rectangle {@code inside} entirely, not
	 * counting {@code moving} itself or anything nested in it; null if none (the diagram).
	 */
	public TrustBoundary deepestBoundaryHolding(Bounds inside, Object moving) {
		TrustBoundary best = null;
		for (var it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof TrustBoundary candidate && !isWithin(candidate, moving)
					&& absoluteBounds(candidate).contains(inside)
					&& (best == null || Containment.depth(candidate) > Containment.depth(best))) {
				best = candidate;
			}
		}
		return best;
	}

	private static boolean isWithin(TrustBoundary candidate, Object moving) {
		for (TrustBoundary at = candidate; at != null; at = Containment.parentOf(at).orElse(null)) {
			if (at == moving) {
				return true;
			}
		}
		return false;
	}
}
