package org.threatwright.risk.assessment;

import java.util.EnumMap;
import java.util.Map;

import org.threatwright.risk.method.ImpactCategory;

/**
 * The default impact of a finding per category on the built-in four-level scale (0 negligible, 1 moderate, 2 major,
 * 3 severe), each with the reason.
 */
public record ImpactDerivation(Map<ImpactCategory, Integer> levels, Map<ImpactCategory, String> reasons) {

	public ImpactDerivation {
		levels = java.util.Collections.unmodifiableMap(new EnumMap<>(levels));
		reasons = java.util.Collections.unmodifiableMap(new EnumMap<>(reasons));
		for (ImpactCategory category : ImpactCategory.values()) {
			if (!levels.containsKey(category) || !reasons.containsKey(category)) {
				throw new IllegalArgumentException("no default impact for " + category.label());
			}
		}
	}
}
