package org.threatwright.ui.register;

import org.threatwright.analysis.triage.TriageStatus;

/** Triage statuses in words: "not applicable" rather than the register's "not-applicable". */
public final class StatusLabels {

	private StatusLabels() {
	}

	public static String words(TriageStatus status) {
		return status.label().replace('-', ' ');
	}
}
