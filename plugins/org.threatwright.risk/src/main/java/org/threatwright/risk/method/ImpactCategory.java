package org.threatwright.risk.method;

import java.util.Locale;

/** The four impact categories of ISO/SAE 21434 (clause 15.5): damage to road users' safety, money, operations, privacy. */
public enum ImpactCategory {
	SAFETY, FINANCIAL, OPERATIONAL, PRIVACY;

	/** {@code safety}, {@code financial}, ... */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The factor name an override uses: {@code impact.safety}. */
	public String factor() {
		return "impact." + label();
	}
}
