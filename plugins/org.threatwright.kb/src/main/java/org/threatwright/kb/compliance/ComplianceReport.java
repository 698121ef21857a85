package org.threatwright.kb.compliance;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The compliance of one product release with the selected catalogues: every clause once, in catalogue and notation
 * order, with its status, the evidence and the violations.
 *
 * @param product the product name
 * @param release the release, or null
 * @param modelId the model's id
 * @param evaluationDate the date of the analysis the checks ran on
 * @param complianceClass the IoTSF compliance class assessed against (0 to 4)
 * @param declaredClass the class the model declares (it differs from {@code complianceClass} when overridden)
 * @param clauses every clause of the selected catalogues
 */
public record ComplianceReport(String product, String release, String modelId, LocalDate evaluationDate,
        int complianceClass, int declaredClass, List<ClauseResult> clauses) {

    public ComplianceReport {
        clauses = List.copyOf(clauses);
    }

    /** How many clauses have each status, every status present (zero counts included). */
    public Map<ComplianceStatus, Integer> counts() {
        Map<ComplianceStatus, Integer> counts = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus status : ComplianceStatus.values()) {
            counts.put(status, 0);
        }
        clauses.forEach(clause -> counts.merge(clause.status(), 1, Integer::sum));
        return counts;
    }

    /** Whether an applicable clause is not met: the gate a release pipeline checks. */
    public boolean hasNotMet() {
        return clauses.stream().anyMatch(clause -> clause.status() == ComplianceStatus.NOT_MET);
    }

    /** The clause with this IRI. */
    public java.util.Optional<ClauseResult> clause(String iri) {
        return clauses.stream().filter(clause -> clause.iri().equals(iri)).findFirst();
    }
}
