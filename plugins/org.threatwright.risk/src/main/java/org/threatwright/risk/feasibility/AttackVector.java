package org.threatwright.risk.feasibility;

/**
 * Where the attacker has to be (CVSS AV), with its CVSS weight and the rating of the attack-vector-based approach of
 * ISO/SAE 21434 Annex G: network high, adjacent medium, local low, physical very low.
 */
public enum AttackVector implements Factor {
	NETWORK("network", 0.85, FeasibilityRating.HIGH), ADJACENT("adjacent", 0.62, FeasibilityRating.MEDIUM),
	LOCAL("local", 0.55, FeasibilityRating.LOW), PHYSICAL("physical", 0.2, FeasibilityRating.VERY_LOW);

	private final String label;
	private final double weight;
	private final FeasibilityRating rating;

	AttackVector(String label, double weight, FeasibilityRating rating) {
		this.label = label;
		this.weight = weight;
		this.rating = rating;
	}

	@Override
	public String label() {
		return label;
	}

	/** The CVSS v3 weight. */
	public double weight() {
		return weight;
	}

	/** The rating of the attack-vector-based approach. */
	public FeasibilityRating rating() {
		return rating;
	}
}
