package org.threatwright.risk.feasibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * CVSS v3 exploitability, 8.22 × AV × AC × PR × UI, rounded to two decimals, rating feasibility as ISO/SAE 21434
 * Annex G does: 2.96-3.89 high, 2.00-2.95 medium, 1.06-1.99 low, 0.12-1.05 very low.
 */
public record Cvss(AttackVector attackVector, Complexity complexity, Privileges privileges, Interaction interaction) {

	public Cvss {
		Objects.requireNonNull(attackVector, "attackVector");
		Objects.requireNonNull(complexity, "complexity");
		Objects.requireNonNull(privileges, "privileges");
		Objects.requireNonNull(interaction, "interaction");
	}

	/** Attack complexity (AC). */
	public enum Complexity implements Factor {
		LOW("low", 0.77), HIGH("high", 0.44);

		private final String label;
		private final double weight;

		Complexity(String label, double weight) {
			this.label = label;
			this.weight = weight;
		}

		@Override
		public String label() {
			return label;
		}

		public double weight() {
			return weight;
		}
	}

	/** Privileges required (PR). */
	public enum Privileges implements Factor {
		NONE("none", 0.85), LOW("low", 0.62), HIGH("high", 0.27);

		private final String label;
		private final double weight;

		Privileges(String label, double weight) {
			this.label = label;
			this.weight = weight;
		}

		@Override
		public String label() {
			return label;
		}

		public double weight() {
			return weight;
		}
	}

	/** User interaction (UI). */
	public enum Interaction implements Factor {
		NONE("none", 0.85), REQUIRED("required", 0.62);

		private final String label;
		private final double weight;

		Interaction(String label, double weight) {
			this.label = label;
			this.weight = weight;
		}

		@Override
		public String label() {
			return label;
		}

		public double weight() {
			return weight;
		}
	}

	/** The exploitability sub-score, rounded half up to two decimals. */
	public BigDecimal exploitability() {
		double raw = 8.22 * attackVector.weight() * complexity.weight() * privileges.weight() * interaction.weight();
		return BigDecimal.valueOf(raw).setScale(2, RoundingMode.HALF_UP);
	}

	public FeasibilityRating rating() {
		return ratingOf(exploitability());
	}

	/** 2.96 and above high, 2.00 and above medium, 1.06 and above low, below very low. */
	public static FeasibilityRating ratingOf(BigDecimal exploitability) {
		if (exploitability.compareTo(new BigDecimal("2.96")) >= 0) {
			return FeasibilityRating.HIGH;
		}
		if (exploitability.compareTo(new BigDecimal("2.00")) >= 0) {
			return FeasibilityRating.MEDIUM;
		}
		return exploitability.compareTo(new BigDecimal("1.06")) >= 0 ? FeasibilityRating.LOW : FeasibilityRating.VERY_LOW;
	}

	/** {@code 3.89 (8.22 × AV network 0.85 × AC low 0.77 × PR none 0.85 × UI none 0.85)} */
	public String describe() {
		return exploitability().toPlainString() + " (8.22 × AV " + attackVector.label() + " " + attackVector.weight() + " × AC "
				+ complexity.label() + " " + complexity.weight() + " × PR " + privileges.label() + " " + privileges.weight()
				+ " × UI " + interaction.label() + " " + interaction.weight() + ")";
	}
}
