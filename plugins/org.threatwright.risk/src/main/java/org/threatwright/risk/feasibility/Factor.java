package org.threatwright.risk.feasibility;

/** One value of a feasibility factor, e.g. elapsed time "≤1 week": its label in files and overrides. */
public interface Factor {

	/** The label written in registers and accepted by overrides, e.g. {@code proficient}. */
	String label();

	/**
	 * The constant of {@code type} labelled {@code label}.
	 *
	 * @throws IllegalArgumentException naming the labels there are
	 */
	static <F extends Enum<F> & Factor> F ofLabel(Class<F> type, String what, String label) {
		StringBuilder expected = new StringBuilder();
		for (F value : type.getEnumConstants()) {
			if (value.label().equals(label)) {
				return value;
			}
			expected.append(expected.isEmpty() ? "" : ", ").append(value.label());
		}
		throw new IllegalArgumentException("'" + label + "' is not a value of " + what + " (expected one of " + expected + ")");
	}
}
