package org.threatwright.analysis.api;

/** The families of built-in rules. */
public enum RuleFamily {
	/** STRIDE per element, as published by Microsoft and Shostack. */
	STRIDE_PER_ELEMENT("stride"),
	/** Interactions and trust-boundary crossings. */
	BOUNDARY("boundary"),
	/** Threats particular to connected devices. */
	IOT("iot"),
	/** Third-party components and their suppliers. */
	SUPPLY_CHAIN("supply-chain");

	private final String label;

	RuleFamily(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static RuleFamily ofLabel(String label) {
		for (RuleFamily family : values()) {
			if (family.label.equals(label)) {
				return family;
			}
		}
		throw new IllegalArgumentException("not a rule family: '" + label + "'");
	}
}
