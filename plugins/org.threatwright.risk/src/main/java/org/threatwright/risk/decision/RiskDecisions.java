package org.threatwright.risk.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What people decided about a model's risks: the latest override of each factor of each finding and the latest
 * treatment of each finding.
 */
public final class RiskDecisions {

	private static final RiskDecisions NONE = new RiskDecisions(List.of(), List.of());

	private final Map<String, Map<String, FactorOverride>> overrides = new TreeMap<>();
	private final Map<String, Treatment> treatments = new TreeMap<>();

	/** Keeps, per finding and factor, the latest override, and per finding the latest treatment. */
	public RiskDecisions(Collection<FactorOverride> overrides, Collection<Treatment> treatments) {
		overrides.stream().sorted(Comparator.comparing(FactorOverride::at))
				.forEach(o -> this.overrides.computeIfAbsent(o.findingId(), id -> new LinkedHashMap<>()).put(o.factor(), o));
		treatments.stream().sorted(Comparator.comparing(Treatment::at)).forEach(t -> this.treatments.put(t.findingId(), t));
	}

	public static RiskDecisions none() {
		return NONE;
	}

	/** The overrides of one finding by factor name. */
	public Map<String, FactorOverride> overridesOf(String findingId) {
		return overrides.getOrDefault(findingId, Map.of());
	}

	/** The treatment of one finding, or null. */
	public Treatment treatmentOf(String findingId) {
		return treatments.get(findingId);
	}

	/** Every override, by finding id, then factor. */
	public List<FactorOverride> overrides() {
		List<FactorOverride> all = new ArrayList<>();
		overrides.values().forEach(byFactor -> byFactor.values().stream().sorted(Comparator.comparing(FactorOverride::factor))
				.forEach(all::add));
		return all;
	}

	/** Every treatment, by finding id. */
	public List<Treatment> treatments() {
		return List.copyOf(treatments.values());
	}

	/** The finding ids any decision is about. */
	public java.util.Set<String> findingIds() {
		java.util.Set<String> ids = new java.util.TreeSet<>(overrides.keySet());
		ids.addAll(treatments.keySet());
		return ids;
	}
}
