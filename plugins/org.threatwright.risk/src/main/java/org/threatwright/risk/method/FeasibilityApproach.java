package org.threatwright.risk.method;

import java.util.List;

/** How attack feasibility is rated (ISO/SAE 21434 Annex G): the three approaches a method can select. */
public enum FeasibilityApproach {
	/** Sum of the attack-potential factors (elapsed time, expertise, knowledge, window, equipment). */
	ATTACK_POTENTIAL("attack-potential", List.of("elapsedTime", "expertise", "knowledge", "window", "equipment")),
	/** CVSS v3 exploitability: 8.22 × AV × AC × PR × UI. */
	CVSS("cvss", List.of("attackVector", "attackComplexity", "privilegesRequired", "userInteraction")),
	/** The attack vector alone: network high, adjacent medium, local low, physical very low. */
	ATTACK_VECTOR("attack-vector", List.of("attackVector"));

	private final String label;
	private final List<String> factors;

	FeasibilityApproach(String label, List<String> factors) {
		this.label = label;
		this.factors = factors;
	}

	/** The name used in method files: {@code attack-potential}, {@code cvss}, {@code attack-vector}. */
	public String label() {
		return label;
	}

	/** The names of the factors this approach rates from (each can be overridden). */
	public List<String> factors() {
		return factors;
	}

	/**
	 * The approach named {@code label}.
	 *
	 * @throws IllegalArgumentException naming the approaches there are
	 */
	public static FeasibilityApproach ofLabel(String label) {
		for (FeasibilityApproach approach : values()) {
			if (approach.label.equals(label)) {
				return approach;
			}
		}
		throw new IllegalArgumentException("unknown approach '" + label + "' (expected attack-potential, cvss or attack-vector)");
	}
}
