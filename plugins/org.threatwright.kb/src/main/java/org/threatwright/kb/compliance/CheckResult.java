package org.threatwright.kb.compliance;

import java.util.List;

/**
 * The result of one automated check (one SHACL shape) for one clause.
 *
 * @param iri the shape's IRI
 * @param label what the check asks, in a few words
 * @param description what exactly is checked, from which model data
 * @param status {@link ComplianceStatus#MET}, {@link ComplianceStatus#NOT_MET} or {@link ComplianceStatus#MANUAL}
 * @param reason the result in one sentence: the evidence summary, the first violation, or why it needs manual evidence
 * @param evidence what satisfies the check (may be non-empty when it is not met too)
 * @param violations what breaks it; empty unless not met
 * @param manualPart the part of the clause the check cannot see, or null
 */
public record CheckResult(String iri, String label, String description, ComplianceStatus status, String reason,
        List<Evidence> evidence, List<Violation> violations, String manualPart) {

    public CheckResult {
        evidence = List.copyOf(evidence);
        violations = List.copyOf(violations);
    }
}
