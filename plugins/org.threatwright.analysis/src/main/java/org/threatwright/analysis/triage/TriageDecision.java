package org.threatwright.analysis.triage;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's decision about one finding, keyed by the finding's stable id so that it survives
 * re-derivation.
 *
 * @param findingId     the stable finding id ({@code ruleId@elementId...})
 * @param status        the decision
 * @param justification why; required for every status but open
 * @param by            who decided
 * @param at            when
 */
public record TriageDecision(String findingId, TriageStatus status, String justification, String by, Instant at) {

	public TriageDecision {
		Objects.requireNonNull(findingId, "findingId");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(at, "at");
		if (status != TriageStatus.OPEN && (justification == null || justification.isBlank())) {
			throw new IllegalArgumentException(findingId + ": a " + status.label() + " decision needs a justification");
		}
		if (by == null || by.isBlank()) {
			throw new IllegalArgumentException(findingId + ": a decision names who made it");
		}
	}
}
