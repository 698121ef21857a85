package org.threatwright.kb.ontology;

import org.threatwright.analysis.api.RuleFamily;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.Stride;
import org.threatwright.analysis.triage.TriageStatus;

/**
 * The SKOS concepts of the ontology that stand for the analysis' enumerations, both ways. The switches are
 * exhaustive on purpose: a new constant in the analysis API does not compile until it has a concept.
 */
public final class AnalysisConcepts {

    private AnalysisConcepts() {
    }

    public static String stride(Stride stride) {
        return switch (stride) {
            case SPOOFING -> TW.SPOOFING;
            case TAMPERING -> TW.TAMPERING;
            case REPUDIATION -> TW.REPUDIATION;
            case INFORMATION_DISCLOSURE -> TW.INFORMATION_DISCLOSURE;
            case DENIAL_OF_SERVICE -> TW.DENIAL_OF_SERVICE;
            case ELEVATION_OF_PRIVILEGE -> TW.ELEVATION_OF_PRIVILEGE;
        };
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> TW.SEVERITY_CRITICAL;
            case HIGH -> TW.SEVERITY_HIGH;
            case MEDIUM -> TW.SEVERITY_MEDIUM;
            case LOW -> TW.SEVERITY_LOW;
            case INFO -> TW.SEVERITY_INFO;
        };
    }

    public static String triageStatus(TriageStatus status) {
        return switch (status) {
            case OPEN -> TW.TRIAGE_OPEN;
            case MITIGATED -> TW.TRIAGE_MITIGATED;
            case NOT_APPLICABLE -> TW.TRIAGE_NOT_APPLICABLE;
            case ACCEPTED -> TW.TRIAGE_ACCEPTED;
        };
    }

    public static String ruleFamily(RuleFamily family) {
        return switch (family) {
            case STRIDE_PER_ELEMENT -> TW.FAMILY_STRIDE;
            case BOUNDARY -> TW.FAMILY_BOUNDARY;
            case IOT -> TW.FAMILY_IOT;
            case SUPPLY_CHAIN -> TW.FAMILY_SUPPLY_CHAIN;
        };
    }

    /** The status a triage-status concept stands for. */
    public static TriageStatus triageStatusOf(String conceptIri) {
        for (TriageStatus status : TriageStatus.values()) {
            if (triageStatus(status).equals(conceptIri)) {
                return status;
            }
        }
        throw new IllegalArgumentException("not a triage status concept: " + conceptIri);
    }
}
