package org.threatwright.diagram.gmodel;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;

/**
 * Which trust boundary each element is drawn in: the innermost boundary that lists it as a member. A model
 * that lists an element in two boundaries that do not nest is invalid (the validator says so); the diagram
 * then draws it in the deepest one, the first in document order on a tie. O(boundaries + memberships).
 */
public final class Containment {

	private final Map<Element, TrustBoundary> boundaryOf = new HashMap<>();

	public Containment(SystemModel model) {
		for (TrustBoundary boundary : model.getBoundaries()) {
			visit(boundary);
		}
	}

	private void visit(TrustBoundary boundary) {
		for (Element member : boundary.getMembers()) {
			TrustBoundary current = boundaryOf.get(member);
			if (current == null || depth(boundary) > depth(current)) {
				boundaryOf.put(member, boundary);
			}
		}
		for (TrustBoundary nested : boundary.getBoundaries()) {
			visit(nested);
		}
	}

	/** The boundary {@code element} is drawn in, or empty if it is drawn on the diagram itself. */
	public Optional<TrustBoundary> boundaryOf(Element element) {
		return Optional.ofNullable(boundaryOf.get(element));
	}

	/** Nesting depth: 1 for a top-level boundary. */
	public static int depth(TrustBoundary boundary) {
		int depth = 0;
		for (EObject at = boundary; at instanceof TrustBoundary; at = at.eContainer()) {
			depth++;
		}
		return depth;
	}

	/** The boundary {@code boundary} is nested in, or empty for a top-level one. */
	public static Optional<TrustBoundary> parentOf(TrustBoundary boundary) {
		return boundary.eContainer() instanceof TrustBoundary parent ? Optional.of(parent) : Optional.empty();
	}
}
