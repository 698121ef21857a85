package org.threatwright.risk.decision;

import java.util.Locale;

/** The risk treatment options of ISO/SAE 21434 (15.9). */
public enum TreatmentOption {
	AVOID, REDUCE, SHARE, RETAIN;

	/** {@code avoid}, {@code reduce}, {@code share}, {@code retain}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The option labelled {@code label}.
	 *
	 * @throws IllegalArgumentException naming the options
	 */
	public static TreatmentOption ofLabel(String label) {
		for (TreatmentOption option : values()) {
			if (option.label().equals(label)) {
				return option;
			}
		}
		throw new IllegalArgumentException("'" + label + "' is not a treatment (expected avoid, reduce, share or retain)");
	}
}
