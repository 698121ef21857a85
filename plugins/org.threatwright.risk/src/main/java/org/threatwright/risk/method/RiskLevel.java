package org.threatwright.risk.method;

import java.util.Locale;

/** The five risk levels the knowledge base names ({@code tw:RiskVeryLow ... tw:RiskVeryHigh}), lowest first. */
public enum RiskLevel {
	VERY_LOW, LOW, MEDIUM, HIGH, VERY_HIGH;

	/** {@code very low}, {@code low}, ... */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/**
	 * The level labelled {@code label}.
	 *
	 * @throws IllegalArgumentException when there is none
	 */
	public static RiskLevel ofLabel(String label) {
		for (RiskLevel level : values()) {
			if (level.label().equals(label)) {
				return level;
			}
		}
		throw new IllegalArgumentException("'" + label + "' is not a risk level (expected very low, low, medium, high or very high)");
	}
}
