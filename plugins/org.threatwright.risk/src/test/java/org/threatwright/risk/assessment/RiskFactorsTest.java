package org.threatwright.risk.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatwright.risk.decision.FactorOverride;
import org.threatwright.risk.method.RiskMethod;

/** The values a person can pick when overriding a factor: exactly those the override check accepts. */
class RiskFactorsTest {

	private final RiskMethod method = RiskMethod.defaultMethod();

	@Test
	void impactAndFeasibilityTakeTheMethodsScaleLevels() {
		assertEquals(List.of("negligible", "moderate", "major", "severe"), RiskFactors.values(method, "impact.safety"));
		assertEquals(List.of("very low", "low", "medium", "high"), RiskFactors.values(method, RiskFactors.FEASIBILITY));
	}

	@Test
	void approachFactorsTakeTheirLabels() {
		assertEquals(List.of("≤1 day", "≤1 week", "≤1 month", "≤6 months", "more than 6 months"),
				RiskFactors.values(method, "elapsedTime"));
		for (String factor : RiskFactors.names(method)) {
			for (String value : RiskFactors.values(method, factor)) {
				RiskFactors.check(method, new FactorOverride("f1", factor, value, "ann", java.time.Instant.EPOCH, "why"));
			}
		}
	}

	@Test
	void anUnknownFactorIsRefusedNamingTheFactorsThereAre() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> RiskFactors.values(method, "attackVector"));
		assertEquals("'attackVector' is not a factor of the method 'ISO/SAE 21434 Annex H' (expected one of impact.safety,"
				+ " impact.financial, impact.operational, impact.privacy, feasibility, elapsedTime, expertise, knowledge, window,"
				+ " equipment)", refused.getMessage());
	}
}
