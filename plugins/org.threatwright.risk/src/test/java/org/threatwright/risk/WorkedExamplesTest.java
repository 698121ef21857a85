package org.threatwright.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.Stride;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.assessment.RiskAssessor;
import org.threatwright.risk.decision.FactorOverride;
import org.threatwright.risk.decision.RiskDecisions;
import org.threatwright.risk.decision.Treatment;
import org.threatwright.risk.decision.TreatmentOption;
import org.threatwright.risk.method.FeasibilityApproach;
import org.threatwright.risk.method.ImpactCategory;
import org.threatwright.risk.method.RiskLevel;
import org.threatwright.risk.method.RiskMethod;

/**
 * Worked examples in the style of ISO/SAE 21434 Annex H, each value computed by hand (docs/risk.md repeats them):
 * a damage scenario's impact ratings, the attack path's factors, feasibility, and the matrix value.
 */
class WorkedExamplesTest {

	private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
	private final WorkedModel worked = new WorkedModel();

	private RiskAssessment assess(RiskMethod method, Finding finding, RiskDecisions decisions) {
		return new RiskAssessor(method, worked.model, List.of(finding), decisions).assessments().get(0);
	}

	/**
	 * Account data disclosed from the back end. Impact: safety negligible (not safety-relevant), financial major
	 * (confidentiality high), operational negligible (disclosure threatens neither integrity nor availability), privacy
	 * major (personal data, confidentiality high) → major. The back end is itself an unauthenticated internet entry:
	 * hardness 0 → ≤1 day 0 + layman 0 + public 0 + unlimited 0 + standard 0 = 0 → high. Major × high = 4.
	 */
	@Test
	void disclosureAtAnInternetEntryPoint() {
		RiskAssessment risk = assess(RiskMethod.defaultMethod(),
				WorkedModel.finding("disclose", Stride.INFORMATION_DISCLOSURE, Severity.HIGH, worked.backend), RiskDecisions.none());
		assertEquals(Map.of(ImpactCategory.SAFETY, "negligible", ImpactCategory.FINANCIAL, "major", ImpactCategory.OPERATIONAL,
				"negligible", ImpactCategory.PRIVACY, "major"), risk.impacts());
		assertEquals("major", risk.impact());
		assertEquals(Map.of("elapsedTime", "≤1 day", "expertise", "layman", "knowledge", "public", "window", "unlimited",
				"equipment", "standard"), risk.feasibilityFactors());
		assertEquals("high", risk.feasibility());
		assertEquals(4, risk.value());
		assertEquals(RiskLevel.HIGH, risk.level());
		assertTrue(risk.exceedsThreshold());
		assertTrue(risk.explanation().stream().anyMatch(line -> line.contains("is itself an entry point")), risk.explanation()::toString);
	}

	/**
	 * Tampering with the lock. Impact: safety severe (safety-relevant, tampering), no data asset so operational from
	 * severity high → major → severe. Path: internet back end → hub (token 2 + encrypted 1 + into trust 2 from 0: 1 = 4)
	 * → lock (0): hardness 4 → ≤1 month 4 + expert 6 + restricted 3 + unlimited 0 + standard 0 = 13 → medium.
	 * Severe × medium = 4.
	 */
	@Test
	void tamperingTwoStepsBehindAnAuthenticatedFlow() {
		RiskAssessment risk = assess(RiskMethod.defaultMethod(),
				WorkedModel.finding("tamper", Stride.TAMPERING, Severity.HIGH, worked.lock), RiskDecisions.none());
		assertEquals("severe", risk.impacts().get(ImpactCategory.SAFETY));
		assertEquals("major", risk.impacts().get(ImpactCategory.OPERATIONAL));
		assertEquals("severe", risk.impact());
		assertEquals("attack potential 13 (elapsed time ≤1 month 4 + expertise expert 6 + knowledge of the item restricted 3"
				+ " + window of opportunity unlimited 0 + equipment standard 0)", risk.feasibilityDetail());
		assertEquals("medium", risk.feasibility());
		assertEquals(4, risk.value());
		assertTrue(risk.attackPath().startsWith("from the internet interface of CloudService 'Backend'"), risk.attackPath());
		assertTrue(risk.attackPath().contains("→ 'Hub' → 'Lock' (2 steps; hardness 4"), risk.attackPath());
	}

	/**
	 * With an unauthenticated Zigbee radio on the lock, the most feasible path is the radio itself: hardness 0 → 0 + 0 +
	 * 0 + moderate 4 + specialized 4 = 8 → high. Severe × high = 5.
	 */
	@Test
	void theMostFeasiblePathWins() {
		worked.addLockRadio();
		RiskAssessment risk = assess(RiskMethod.defaultMethod(),
				WorkedModel.finding("tamper", Stride.TAMPERING, Severity.HIGH, worked.lock), RiskDecisions.none());
		assertEquals("high", risk.feasibility());
		assertTrue(risk.feasibilityDetail().startsWith("attack potential 8 "), risk.feasibilityDetail());
		assertEquals(5, risk.value());
		assertEquals(RiskLevel.VERY_HIGH, risk.level());
	}

	/**
	 * Tampering with the isolated sensor's calibration: financial and operational severe (integrity critical). No entry
	 * point reaches it: as for an insider, ≤1 month 4 + proficient 3 + confidential 7 + difficult 10 + standard 0 = 24 →
	 * very low. Severe × very low = 2, within the threshold.
	 */
	@Test
	void unreachableSubjectIsRatedAsForAnInsider() {
		RiskAssessment risk = assess(RiskMethod.defaultMethod(),
				WorkedModel.finding("tamper", Stride.TAMPERING, Severity.LOW, worked.sensor), RiskDecisions.none());
		assertEquals("severe", risk.impacts().get(ImpactCategory.FINANCIAL));
		assertEquals("very low", risk.feasibility());
		assertTrue(risk.feasibilityDetail().startsWith("attack potential 24 "), risk.feasibilityDetail());
		assertNull(risk.attackPath());
		assertEquals(2, risk.value());
		assertFalse(risk.exceedsThreshold());
		assertTrue(risk.explanation().get(5).startsWith("path: no entry point of the model reaches the subject"),
				risk.explanation()::toString);
	}

	/** The lock example under CVSS: AV network 0.85, AC high 0.44 (hardness 4), PR low 0.62 (one token), UI none 0.85: 1.62 → low; severe × low = 3. */
	@Test
	void cvssApproach() {
		RiskMethod cvss = withApproach(FeasibilityApproach.CVSS);
		RiskAssessment risk = assess(cvss, WorkedModel.finding("tamper", Stride.TAMPERING, Severity.HIGH, worked.lock),
				RiskDecisions.none());
		assertEquals("exploitability 1.62 (8.22 × AV network 0.85 × AC high 0.44 × PR low 0.62 × UI none 0.85)",
				risk.feasibilityDetail());
		assertEquals("low", risk.feasibility());
		assertEquals(3, risk.value());
	}

	/** The lock example by attack vector: network → high; severe × high = 5. */
	@Test
	void attackVectorApproach() {
		RiskAssessment risk = assess(withApproach(FeasibilityApproach.ATTACK_VECTOR),
				WorkedModel.finding("tamper", Stride.TAMPERING, Severity.HIGH, worked.lock), RiskDecisions.none());
		assertEquals("high", risk.feasibility());
		assertEquals(5, risk.value());
	}

	/**
	 * A person judges the lock attack takes more than six months: 19 + expert 6 + restricted 3 = 28 → very low; severe ×
	 * very low = 2. Another lowers safety impact to major: with operational major the overall impact is major, and
	 * major × very low = 1.
	 */
	@Test
	void overridesKeepWhoWhenAndWhy() {
		Finding finding = WorkedModel.finding("tamper", Stride.TAMPERING, Severity.HIGH, worked.lock);
		FactorOverride elapsed = new FactorOverride(finding.id(), "elapsedTime", "more than 6 months", "Ada", AT,
				"the hub's token is rotated hourly");
		RiskAssessment risk = assess(RiskMethod.defaultMethod(), finding, new RiskDecisions(List.of(elapsed), List.of()));
		assertEquals("very low", risk.feasibility());
		assertEquals(2, risk.value());
		assertEquals(List.of(elapsed), risk.overrides());
		assertTrue(risk.explanation().contains("elapsedTime more than 6 months: overridden (derived: ≤1 month, path hardness 4"
				+ " (0: ≤1 day, 1-2: ≤1 week, 3-4: ≤1 month, 5-6: ≤6 months, 7+: more))"), risk.explanation()::toString);
		assertTrue(risk.explanation().contains("override of elapsedTime by Ada on 2026-11-23T10:00:00Z: the hub's token is rotated hourly"));

		FactorOverride safety = new FactorOverride(finding.id(), "impact.safety", "major", "Bo", AT, "the lock fails closed");
		RiskAssessment both = assess(RiskMethod.defaultMethod(), finding, new RiskDecisions(List.of(elapsed, safety), List.of()));
		assertEquals("major", both.impact());
		assertEquals(1, both.value());
	}

	/** Reduce with a control; the person judges feasibility very low afterwards: severe × very low = 2, within the threshold. */
	@Test
	void treatmentGivesTheResidualValue() {
		Finding finding = WorkedModel.finding("tamper", Stride.TAMPERING, Severity.HIGH, worked.lock);
		Treatment reduce = new Treatment(finding.id(), TreatmentOption.REDUCE, "signed commands", List.of("CTL-7"), null,
				"very low", "Ada", AT);
		RiskAssessment risk = assess(RiskMethod.defaultMethod(), finding, new RiskDecisions(List.of(), List.of(reduce)));
		assertEquals(4, risk.value());
		assertTrue(risk.exceedsThreshold());
		assertEquals(2, risk.residualValue());
		assertFalse(risk.residualExceedsThreshold());
		assertEquals(reduce, risk.treatment());

		Treatment retain = new Treatment(finding.id(), TreatmentOption.RETAIN, "accepted by the board", List.of(), null, null,
				"Ada", AT.plusSeconds(1));
		RiskAssessment retained = assess(RiskMethod.defaultMethod(), finding, new RiskDecisions(List.of(), List.of(reduce, retain)));
		assertEquals(4, retained.residualValue(), "the later treatment wins; unchanged residual equals the value");
		assertTrue(retained.residualExceedsThreshold());
	}

	static RiskMethod withApproach(FeasibilityApproach approach) {
		RiskMethod base = RiskMethod.defaultMethod();
		return new RiskMethod(base.name(), base.impactScale(), base.feasibilityScale(), approach, base.matrix(),
				base.acceptanceThreshold(), base.levels());
	}
}
