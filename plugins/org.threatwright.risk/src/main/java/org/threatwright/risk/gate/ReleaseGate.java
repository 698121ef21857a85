package org.threatwright.risk.gate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.risk.requirements.RequirementVerification;

/**
 * The release gate (ZVEI 1.5): every reason a release may not ship. Only the risks of findings of the current
 * analysis count (a risk whose finding is no longer derived is resolved). For each risk above the acceptance
 * threshold:
 * <ul>
 * <li>no treatment decided: the risk is untreated;</li>
 * <li>retained while its residual value still exceeds the threshold: retained above the threshold;</li>
 * <li>avoided, reduced or shared while its residual value still exceeds the threshold: residual risk above it;</li>
 * <li>not retained or shared, and no active (not withdrawn) requirement answers it: risk without requirement;</li>
 * <li>each active requirement answering it that is not verified ({@link RequirementVerification}): one reason per
 * requirement, naming all such risks.</li>
 * </ul>
 * Besides: a finding without an assessed risk (one reason for all when no risk is assessed at all), a model of
 * another release, and each open finding at or above the configured severity. Reasons come in
 * {@link GateReason.Kind} order, then by subject id.
 *
 * <p>Complexity: O((f + q·k) log f) for f findings and risks, q requirements of k links each.
 */
public final class ReleaseGate {

    private final String release;
    private final String modelRelease;
    private final List<GateRisk> risks;
    private final List<GateRequirement> requirements;
    private final List<GateFinding> findings;
    private final Severity failOnOpen;

    /**
     * @param release      the release gated (e.g. {@code 2.1.0})
     * @param modelRelease the release the model describes; null or empty when it declares none
     * @param risks        the assessed risks
     * @param requirements the requirements with their verification state
     * @param findings     the findings of the current analysis with their triage status
     * @param failOnOpen   open findings at or above this severity fail the gate; null: open findings do not
     */
    public ReleaseGate(String release, String modelRelease, Collection<GateRisk> risks,
            Collection<GateRequirement> requirements, Collection<GateFinding> findings, Severity failOnOpen) {
        if (release == null || release.isBlank()) {
            throw new IllegalArgumentException("the release to gate is empty");
        }
        this.release = release;
        this.modelRelease = modelRelease;
        this.risks = List.copyOf(risks);
        this.requirements = List.copyOf(requirements);
        this.findings = List.copyOf(findings);
        this.failOnOpen = failOnOpen;
    }

    /** Decides. */
    public GateResult evaluate() {
        List<GateReason> reasons = new ArrayList<>();
        if (modelRelease != null && !modelRelease.isEmpty() && !modelRelease.equals(release)) {
            reasons.add(new GateReason(GateReason.Kind.RELEASE_MISMATCH, release, "the model describes release "
                    + modelRelease + ", not " + release));
        }
        Map<String, GateFinding> current = new TreeMap<>();
        findings.forEach(finding -> current.put(finding.id(), finding));
        Map<String, GateRisk> riskByFinding = new TreeMap<>();
        risks.stream().filter(risk -> current.containsKey(risk.findingId()))
                .forEach(risk -> riskByFinding.put(risk.findingId(), risk));
        if (riskByFinding.isEmpty() && !current.isEmpty()) {
            reasons.add(new GateReason(GateReason.Kind.RISK_NOT_ASSESSED, "*", "no risk is assessed for any of the "
                    + current.size() + " findings of the current analysis: assess and publish the risks first"));
        }
        for (GateFinding finding : riskByFinding.isEmpty() ? List.<GateFinding>of() : current.values()) {
            if (!riskByFinding.containsKey(finding.id())) {
                reasons.add(new GateReason(GateReason.Kind.RISK_NOT_ASSESSED, finding.id(),
                        "finding " + finding.id() + " has no assessed risk: assess the risks of the current analysis"));
            }
        }
        Map<String, List<GateRequirement>> requirementsByFinding = new HashMap<>();
        requirements.stream().filter(GateRequirement::active).forEach(requirement -> requirement.findings()
                .forEach(id -> requirementsByFinding.computeIfAbsent(id, k -> new ArrayList<>()).add(requirement)));
        Map<String, Set<String>> unverified = new TreeMap<>();
        for (GateRisk risk : riskByFinding.values()) {
            if (risk.exceedsThreshold()) {
                judge(risk, current.get(risk.findingId()), requirementsByFinding.getOrDefault(risk.findingId(), List.of()),
                        reasons, unverified);
            }
        }
        Map<String, GateRequirement> byId = requirements.stream()
                .collect(Collectors.toMap(GateRequirement::id, r -> r, (a, b) -> a));
        unverified.forEach((id, riskIds) -> reasons.add(new GateReason(GateReason.Kind.REQUIREMENT_NOT_VERIFIED, id,
                "requirement " + id + " (" + byId.get(id).title() + ") is " + byId.get(id).state().label()
                        + "; it answers the risk" + (riskIds.size() == 1 ? " " : "s ") + String.join(", ", riskIds)
                        + " above the threshold: record passing evidence for it or for an implemented control")));
        if (failOnOpen != null) {
            for (GateFinding finding : current.values()) {
                if (finding.status() == TriageStatus.OPEN && finding.severity().atLeast(failOnOpen)) {
                    reasons.add(new GateReason(GateReason.Kind.OPEN_FINDING, finding.id(), "finding " + finding.id()
                            + " (" + finding.title() + ") is open at severity " + finding.severity().label()
                            + ", at or above " + failOnOpen.label()));
                }
            }
        }
        reasons.sort(Comparator.comparing(GateReason::kind).thenComparing(GateReason::subject));
        return new GateResult(release, reasons);
    }

    private static void judge(GateRisk risk, GateFinding finding, List<GateRequirement> answering,
            List<GateReason> reasons, Map<String, Set<String>> unverified) {
        String id = risk.findingId();
        String name = "risk " + id + " (" + finding.title() + ", value " + risk.value();
        GateRisk.Treatment treatment = risk.treatment();
        if (treatment == null) {
            reasons.add(new GateReason(GateReason.Kind.RISK_UNTREATED, id, name
                    + ") exceeds the acceptance threshold and has no treatment: decide to avoid, reduce, share or retain it"));
        } else if (risk.residualExceedsThreshold()) {
            boolean retained = treatment == GateRisk.Treatment.RETAIN;
            reasons.add(new GateReason(retained ? GateReason.Kind.RISK_RETAINED_ABOVE_THRESHOLD
                    : GateReason.Kind.RESIDUAL_RISK_ABOVE_THRESHOLD, id, name + ", residual " + risk.residualValue()
                            + ") is " + (retained ? "retained" : "treated by " + treatment.label())
                            + " but its residual risk still exceeds the acceptance threshold"));
        }
        boolean needsRequirement = treatment != GateRisk.Treatment.RETAIN && treatment != GateRisk.Treatment.SHARE;
        if (needsRequirement && answering.isEmpty()) {
            reasons.add(new GateReason(GateReason.Kind.RISK_WITHOUT_REQUIREMENT, id, name
                    + ") exceeds the acceptance threshold and no security requirement answers it: derive or add one"));
        }
        // a retained or shared risk needs no requirement, so one that happens to answer it need not be verified
        for (GateRequirement requirement : needsRequirement ? answering : List.<GateRequirement>of()) {
            if (requirement.state() != RequirementVerification.State.VERIFIED) {
                unverified.computeIfAbsent(requirement.id(), k -> new java.util.TreeSet<>()).add(id);
            }
        }
    }

    /** The severity label {@code none} turns the open-finding rule off; any other must be a severity. */
    public static Severity failOnOpen(String label) {
        Objects.requireNonNull(label, "label");
        return label.equals("none") ? null : Severity.ofLabel(label);
    }
}
