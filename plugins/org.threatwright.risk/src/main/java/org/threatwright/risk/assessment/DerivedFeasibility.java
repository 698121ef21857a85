package org.threatwright.risk.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatwright.risk.feasibility.FeasibilityRating;

/**
 * Attack feasibility as one approach rated it, and how.
 *
 * @param rating  the rating on the built-in four-level scale
 * @param score   orders ratings of the same approach: higher is more feasible (minus the attack potential, the CVSS
 *                exploitability, the attack vector's weight)
 * @param factors the approach's factors by name ({@code elapsedTime -> ≤1 week}), in the approach's order
 * @param detail  the computation in one phrase, e.g. {@code attack potential 4 (elapsed time ≤1 week 1 + ...)}
 * @param profile the path rated; null when no entry point reaches the subject
 * @param lines   how each factor was computed, in plain words
 */
public record DerivedFeasibility(FeasibilityRating rating, double score, Map<String, String> factors, String detail,
		PathProfile profile, List<String> lines) {

	public DerivedFeasibility {
		factors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(factors));
		lines = List.copyOf(lines);
	}
}
