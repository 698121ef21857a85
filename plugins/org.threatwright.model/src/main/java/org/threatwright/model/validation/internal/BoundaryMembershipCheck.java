package org.threatwright.model.validation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.query.ModelElements;
import org.threatwright.model.validation.ModelCheck;
import org.threatwright.model.validation.ProblemCollector;

/**
 * An element sits in one chain of nested boundaries and is listed only in the innermost one. Two boundaries
 * that do not nest cannot both hold the same element: the analysis could not tell which trust level applies.
 */
public final class BoundaryMembershipCheck implements ModelCheck {

	@Override
	public void check(SystemModel model, ProblemCollector problems) {
		Map<Element, List<TrustBoundary>> boundariesOf = new LinkedHashMap<>();
		for (EObject object : Contents.all(model)) {
			if (object instanceof TrustBoundary boundary) {
				Set<Element> listed = new HashSet<>();
				for (Element member : boundary.getMembers()) {
					if (!listed.add(member)) {
						problems.warning("boundary-member-duplicate", boundary,
								"lists " + ModelElements.kindAndName(member) + " more than once");
						continue;
					}
					boundariesOf.computeIfAbsent(member, key -> new ArrayList<>()).add(boundary);
				}
			}
		}
		boundariesOf.forEach((element, boundaries) -> checkPairs(element, boundaries, problems));
	}

	private static void checkPairs(Element element, List<TrustBoundary> boundaries, ProblemCollector problems) {
		for (int i = 0; i < boundaries.size(); i++) {
			for (int j = i + 1; j < boundaries.size(); j++) {
				TrustBoundary a = boundaries.get(i);
				TrustBoundary b = boundaries.get(j);
				if (encloses(a, b) || encloses(b, a)) {
					TrustBoundary outer = encloses(a, b) ? a : b;
					TrustBoundary inner = outer == a ? b : a;
					problems.warning("boundary-member-redundant", element, "is listed in "
							+ ModelElements.kindAndName(inner) + " and in its enclosing " + ModelElements.kindAndName(outer)
							+ "; list it only in the innermost boundary");
				} else {
					problems.error("boundary-membership-conflict", element, "is a member of both "
							+ ModelElements.kindAndName(a) + " and " + ModelElements.kindAndName(b)
							+ ", which do not nest; an element lies inside one chain of nested boundaries");
				}
			}
		}
	}

	/** Whether {@code outer} contains {@code inner}, directly or through nested boundaries. */
	private static boolean encloses(TrustBoundary outer, TrustBoundary inner) {
		for (EObject current = inner.eContainer(); current instanceof TrustBoundary boundary;
				current = boundary.eContainer()) {
			if (boundary == outer) {
				return true;
			}
		}
		return false;
	}
}
