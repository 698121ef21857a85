package org.threatwright.analysis.triage;

/** What a person decided about a finding. */
public enum TriageStatus {
	OPEN("open"),
	/** A control is in place; the justification names it. */
	MITIGATED("mitigated"),
	/** The threat cannot happen in this product; the justification says why. */
	NOT_APPLICABLE("not-applicable"),
	/** The risk is known and accepted; the justification says by whom and why. */
	ACCEPTED("accepted");

	private final String label;

	TriageStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static TriageStatus ofLabel(String label) {
		for (TriageStatus status : values()) {
			if (status.label.equals(label)) {
				return status;
			}
		}
		throw new IllegalArgumentException(
				"not a triage status: '" + label + "' (expected open, mitigated, not-applicable or accepted)");
	}
}
