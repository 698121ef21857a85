package org.threatwright.analysis.api;

/** The STRIDE threat categories, with the names the register's JSON uses. */
public enum Stride {
	SPOOFING("Spoofing"),
	TAMPERING("Tampering"),
	REPUDIATION("Repudiation"),
	INFORMATION_DISCLOSURE("InformationDisclosure"),
	DENIAL_OF_SERVICE("DenialOfService"),
	ELEVATION_OF_PRIVILEGE("ElevationOfPrivilege");

	private final String label;

	Stride(String label) {
		this.label = label;
	}

	/** The name used in the register: {@code Spoofing}, {@code InformationDisclosure}, ... */
	public String label() {
		return label;
	}

	/** The category whose {@link #label()} is {@code label}. */
	public static Stride ofLabel(String label) {
		for (Stride stride : values()) {
			if (stride.label.equals(label)) {
				return stride;
			}
		}
		throw new IllegalArgumentException("not a STRIDE category: '" + label + "' (expected one of Spoofing, Tampering,"
				+ " Repudiation, InformationDisclosure, DenialOfService, ElevationOfPrivilege)");
	}
}
