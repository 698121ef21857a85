package org.threatwright.risk.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.risk.gate.GateRisk.Treatment;
import org.threatwright.risk.requirements.RequirementVerification.State;

class ReleaseGateTest {

    private static final GateFinding DEBUG = new GateFinding("debug@hub", "Debug port", Severity.HIGH, TriageStatus.MITIGATED);
    private static final GateFinding FLOOD = new GateFinding("flood@hub", "Flooding", Severity.LOW, TriageStatus.OPEN);

    private static GateResult gate(List<GateRisk> risks, List<GateRequirement> requirements, List<GateFinding> findings,
            Severity failOnOpen) {
        return new ReleaseGate("2.0", "2.0", risks, requirements, findings, failOnOpen).evaluate();
    }

    private static GateRisk above(String finding, Treatment treatment, boolean residualAbove) {
        return new GateRisk(finding, 4, residualAbove ? 4 : 2, true, residualAbove, treatment);
    }

    private static GateRequirement requirement(String id, State state, String... findings) {
        return new GateRequirement(id, "Lock debug", Set.of(findings), true, state);
    }

    private static String only(GateResult result) {
        assertEquals(1, result.reasons().size(), result.reasons().toString());
        return result.reasons().get(0).kind().label() + " " + result.reasons().get(0).subject() + ": "
                + result.reasons().get(0).message();
    }

    @Test
    void passesWhenEveryRiskAboveTheThresholdIsReducedAndItsRequirementVerified() {
        GateResult result = gate(List.of(above("debug@hub", Treatment.REDUCE, false), new GateRisk("flood@hub", 1, 1, false, false, null)),
                List.of(requirement("REQ-debug", State.VERIFIED, "debug@hub")), List.of(DEBUG, FLOOD), Severity.HIGH);
        assertTrue(result.passed(), result.reasons().toString());
    }

    @Test
    void anUntreatedRiskFails() {
        assertEquals("risk-untreated debug@hub: risk debug@hub (Debug port, value 4) exceeds the acceptance threshold and"
                + " has no treatment: decide to avoid, reduce, share or retain it",
                only(gate(List.of(above("debug@hub", null, true)), List.of(requirement("REQ-debug", State.VERIFIED, "debug@hub")),
                        List.of(DEBUG), Severity.HIGH)));
    }

    @Test
    void aRetainedRiskWhoseResidualStillExceedsFails() {
        assertEquals("risk-retained-above-threshold debug@hub: risk debug@hub (Debug port, value 4, residual 4) is retained"
                + " but its residual risk still exceeds the acceptance threshold",
                only(gate(List.of(above("debug@hub", Treatment.RETAIN, true)), List.of(), List.of(DEBUG), Severity.HIGH)));
    }

    @Test
    void aReducedRiskWhoseResidualStillExceedsFails() {
        assertEquals("residual-risk-above-threshold debug@hub: risk debug@hub (Debug port, value 4, residual 4) is treated"
                + " by reduce but its residual risk still exceeds the acceptance threshold",
                only(gate(List.of(above("debug@hub", Treatment.REDUCE, true)), List.of(requirement("REQ-debug", State.VERIFIED, "debug@hub")),
                        List.of(DEBUG), Severity.HIGH)));
    }

    @Test
    void aRiskToReduceWithoutRequirementFails() {
        assertEquals("risk-without-requirement debug@hub: risk debug@hub (Debug port, value 4) exceeds the acceptance"
                + " threshold and no security requirement answers it: derive or add one",
                only(gate(List.of(above("debug@hub", Treatment.AVOID, false)),
                        List.of(new GateRequirement("REQ-debug", "Lock debug", Set.of("debug@hub"), false, State.VERIFIED)),
                        List.of(DEBUG), Severity.HIGH)));
    }

    @Test
    void anUnverifiedRequirementOfARiskAboveTheThresholdFails() {
        assertEquals("requirement-not-verified REQ-debug: requirement REQ-debug (Lock debug) is failed; it answers the"
                + " risk debug@hub above the threshold: record passing evidence for it or for an implemented control",
                only(gate(List.of(above("debug@hub", Treatment.REDUCE, false)), List.of(requirement("REQ-debug", State.FAILED, "debug@hub")),
                        List.of(DEBUG), Severity.HIGH)));
    }

    @Test
    void anUnverifiedRequirementOfRisksBelowTheThresholdDoesNotCount() {
        assertTrue(gate(List.of(new GateRisk("debug@hub", 2, 2, false, false, null)),
                List.of(requirement("REQ-debug", State.UNVERIFIED, "debug@hub")), List.of(DEBUG), Severity.HIGH).passed());
    }

    @Test
    void anUnverifiedRequirementOfARetainedOrSharedRiskDoesNotCount() {
        for (Treatment treatment : List.of(Treatment.RETAIN, Treatment.SHARE)) {
            GateResult result = gate(List.of(above("debug@hub", treatment, false)),
                    List.of(requirement("REQ-debug", State.UNVERIFIED, "debug@hub")), List.of(DEBUG), Severity.HIGH);
            assertTrue(result.passed(), treatment + ": " + result.reasons());
        }
    }

    @Test
    void anOpenFindingAtOrAboveTheSeverityFails() {
        GateRisk low = new GateRisk("flood@hub", 1, 1, false, false, null);
        assertTrue(gate(List.of(low), List.of(), List.of(FLOOD), Severity.MEDIUM).passed());
        assertEquals("open-finding flood@hub: finding flood@hub (Flooding) is open at severity low, at or above low",
                only(gate(List.of(low), List.of(), List.of(FLOOD), Severity.LOW)));
        assertTrue(gate(List.of(low), List.of(), List.of(FLOOD), ReleaseGate.failOnOpen("none")).passed());
    }

    @Test
    void aFindingWithoutRiskAndAnotherReleaseFailAndReasonsComeInKindOrder() {
        GateResult result = new ReleaseGate("2.1", "2.0", List.of(above("debug@hub", null, true)), List.of(),
                List.of(DEBUG, FLOOD), Severity.LOW).evaluate();
        assertEquals(List.of("release-mismatch 2.1", "risk-not-assessed flood@hub", "risk-untreated debug@hub",
                "risk-without-requirement debug@hub", "open-finding flood@hub"),
                result.reasons().stream().map(r -> r.kind().label() + " " + r.subject()).toList());
        assertEquals("the model describes release 2.0, not 2.1", result.reasons().get(0).message());
    }

    @Test
    void withNoRiskAssessedAtAllOneReasonSaysSo() {
        assertEquals("risk-not-assessed *: no risk is assessed for any of the 2 findings of the current analysis: assess"
                + " and publish the risks first", only(gate(List.of(), List.of(), List.of(DEBUG, FLOOD), null)));
    }

    @Test
    void risksOfFindingsNoLongerDerivedAreIgnored() {
        assertTrue(gate(List.of(above("gone@hub", null, true)), List.of(), List.of(), Severity.HIGH).passed());
    }
}
