package org.threatwright.analysis.paths;

import java.util.List;

import org.threatwright.model.Element;
import org.threatwright.model.TrustBoundary;

/**
 * A way from an entry point to a target: the steps in order and the trust boundaries they cross (a boundary
 * crossed twice is listed twice).
 */
public record AttackPath(List<AttackStep> steps, List<TrustBoundary> boundariesCrossed) {

	public AttackPath {
		steps = List.copyOf(steps);
		boundariesCrossed = List.copyOf(boundariesCrossed);
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("an attack path has at least one step");
		}
	}

	public Element entryPoint() {
		return steps.get(0).from();
	}

	public Element target() {
		return steps.get(steps.size() - 1).to();
	}

	public int length() {
		return steps.size();
	}

	/** The step ids joined, for stable ordering and identification. */
	public String key() {
		return String.join(">", steps.stream().map(AttackStep::id).toList());
	}
}
