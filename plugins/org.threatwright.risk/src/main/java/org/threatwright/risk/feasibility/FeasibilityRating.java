package org.threatwright.risk.feasibility;

import java.util.Locale;

/** The four attack feasibility ratings of ISO/SAE 21434 (15.7), lowest first, as every approach computes them. */
public enum FeasibilityRating {
	VERY_LOW, LOW, MEDIUM, HIGH;

	/** {@code very low}, {@code low}, {@code medium}, {@code high}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
