package org.threatwright.risk.gate;

import java.util.Objects;

import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.triage.TriageStatus;

/**
 * A finding of the current analysis as the gate sees it.
 *
 * @param id       the finding id
 * @param title    the rule's title, for the reason text
 * @param severity its severity
 * @param status   its triage status
 */
public record GateFinding(String id, String title, Severity severity, TriageStatus status) {

    public GateFinding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, id + ": severity");
        Objects.requireNonNull(status, id + ": status");
    }

    /** The findings of a register with their triage status. */
    public static java.util.List<GateFinding> of(ThreatRegister register) {
        return register.findings().stream().map(f -> of(f, register.statusOf(f))).toList();
    }

    public static GateFinding of(Finding finding, TriageStatus status) {
        return new GateFinding(finding.id(), finding.title(), finding.severity(), status);
    }
}
