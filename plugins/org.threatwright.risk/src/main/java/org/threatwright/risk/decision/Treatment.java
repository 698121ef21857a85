package org.threatwright.risk.decision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How a person decided to treat a finding's risk, and the risk they judge is left once the linked controls are in
 * place (residual impact and feasibility; either may be left out, meaning unchanged).
 *
 * @param findingId           the finding whose risk is treated
 * @param option              avoid, reduce, share or retain
 * @param rationale           why, required
 * @param controlIds          the controls that treat it (ids of the knowledge base's controls), possibly none; kept sorted
 * @param residualImpact      the impact level after treatment, or null for unchanged
 * @param residualFeasibility the feasibility level after treatment, or null for unchanged
 * @param by                  who decided
 * @param at                  when
 */
public record Treatment(String findingId, TreatmentOption option, String rationale, List<String> controlIds,
		String residualImpact, String residualFeasibility, String by, Instant at) {

	public Treatment {
		FactorOverride.require(findingId, "a finding id");
		Objects.requireNonNull(option, "option");
		if (rationale == null || rationale.isBlank()) {
			throw new IllegalArgumentException("a treatment needs a rationale (--why)");
		}
		if (by == null || by.isBlank()) {
			throw new IllegalArgumentException("a treatment needs who decided (--by)");
		}
		Objects.requireNonNull(at, "at");
		if (controlIds.stream().anyMatch(id -> id == null || id.isBlank())) {
			throw new IllegalArgumentException("a control id is not blank");
		}
		controlIds = controlIds.stream().distinct().sorted().toList(); // a set: stored as RDF, it has no order
	}
}
