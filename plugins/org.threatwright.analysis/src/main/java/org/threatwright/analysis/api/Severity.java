package org.threatwright.analysis.api;

import java.util.Locale;

/** How bad a finding is by default, from most to least severe. */
public enum Severity {
	CRITICAL, HIGH, MEDIUM, LOW, INFO;

	/** Lower-case name as written in descriptors and the register: {@code high}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Severity ofLabel(String label) {
		try {
			return valueOf(label.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(
					"not a severity: '" + label + "' (expected critical, high, medium, low or info)", e);
		}
	}

	/** Whether this is at least as severe as {@code other}. */
	public boolean atLeast(Severity other) {
		return ordinal() <= other.ordinal();
	}
}
