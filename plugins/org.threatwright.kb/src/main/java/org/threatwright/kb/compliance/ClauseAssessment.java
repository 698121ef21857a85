package org.threatwright.kb.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.threatwright.kb.catalogue.CatalogueConcept;
import org.threatwright.kb.catalogue.CatalogueVocabulary;
import org.threatwright.kb.compliance.internal.CheckDefinition;
import org.threatwright.kb.compliance.internal.CheckOutcome;

/** Turns check outcomes into clause results: applicability first, then the checks of the clause. */
final class ClauseAssessment {

    static final String NO_CHECK = "No automated check: needs a policy, process or record that the model does not hold.";

    private final Map<String, List<CheckOutcome>> outcomesByClause = new HashMap<>();
    private final int complianceClass;

    ClauseAssessment(Collection<CheckOutcome> outcomes, int complianceClass) {
        this.complianceClass = complianceClass;
        for (CheckOutcome outcome : outcomes) {
            for (String clause : outcome.check().clauses()) {
                outcomesByClause.computeIfAbsent(clause, key -> new ArrayList<>()).add(outcome);
            }
        }
    }

    ClauseResult assess(String catalogue, CatalogueConcept concept) {
        List<CheckResult> checks = outcomesByClause.getOrDefault(concept.iri(), List.of()).stream()
                .map(ClauseAssessment::result).toList();
        String applicability = applicability(concept);
        if (concept.reserved()) {
            return clause(catalogue, concept, "reserved", ComplianceStatus.RESERVED,
                    "A number the catalogue keeps without a requirement.", List.of());
        }
        if (!applies(concept)) {
            return clause(catalogue, concept, applicability, ComplianceStatus.NOT_APPLICABLE,
                    notApplicableReason(concept), checks);
        }
        if (checks.isEmpty()) {
            return clause(catalogue, concept, applicability, ComplianceStatus.MANUAL, NO_CHECK, checks);
        }
        List<CheckResult> notMet = checks.stream().filter(c -> c.status() == ComplianceStatus.NOT_MET).toList();
        if (!notMet.isEmpty()) {
            int count = notMet.stream().mapToInt(c -> c.violations().size()).sum();
            String first = notMet.get(0).violations().get(0).message();
            return clause(catalogue, concept, applicability, ComplianceStatus.NOT_MET,
                    count == 1 ? first : count + " violations, e.g.: " + first, checks);
        }
        List<CheckResult> manual = checks.stream().filter(c -> c.status() == ComplianceStatus.MANUAL).toList();
        if (!manual.isEmpty()) {
            String shown = checks.stream().filter(c -> c.status() == ComplianceStatus.MET).map(CheckResult::reason)
                    .collect(Collectors.joining("; "));
            return clause(catalogue, concept, applicability, ComplianceStatus.MANUAL,
                    (shown.isEmpty() ? "" : "The model shows: " + shown + ". Still open: ")
                            + manual.stream().map(CheckResult::reason).distinct().collect(Collectors.joining(" ")), checks);
        }
        List<String> manualParts = checks.stream().map(CheckResult::manualPart).filter(p -> p != null).toList();
        String met = checks.stream().map(CheckResult::reason).collect(Collectors.joining("; "));
        if (!manualParts.isEmpty()) {
            return clause(catalogue, concept, applicability, ComplianceStatus.MANUAL, "The model shows: " + met
                    + ". Still needs manual evidence: " + String.join("; ", manualParts) + ".", checks);
        }
        return clause(catalogue, concept, applicability, ComplianceStatus.MET, capitalised(met) + ".", checks);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static ClauseResult clause(String catalogue, CatalogueConcept concept, String applicability,
            ComplianceStatus status, String reason, List<CheckResult> checks) {
        return new ClauseResult(concept.schemeIri(), catalogue, concept.iri(), concept.notation(), concept.label(),
                applicability, status, reason, checks);
    }

    /** IoTSF clauses apply from their class on; clauses without class applicability (ZVEI, ETSI, IEC) always apply. */
    private boolean applies(CatalogueConcept concept) {
        if (concept.applicability() == null && concept.mandatoryFromClass() == null) {
            return true;
        }
        return concept.mandatoryFromClass() != null && concept.mandatoryFromClass() <= complianceClass;
    }

    private String notApplicableReason(CatalogueConcept concept) {
        if (concept.mandatoryFromClass() == null) {
            return "Advisory only; the product is assessed as class " + complianceClass + ".";
        }
        return "Mandatory from class " + concept.mandatoryFromClass() + "; the product is assessed as class "
                + complianceClass + ".";
    }

    private static String applicability(CatalogueConcept concept) {
        if (concept.applicabilityText() != null) {
            return concept.applicabilityText();
        }
        String obligation = CatalogueVocabulary.MANDATORY.equals(concept.obligation()) ? "mandatory (shall)"
                : CatalogueVocabulary.RECOMMENDED.equals(concept.obligation()) ? "recommended (should)" : "not stated";
        return concept.conditional() ? obligation + ", conditional: " + concept.condition() : obligation;
    }

    private static CheckResult result(CheckOutcome outcome) {
        CheckDefinition check = outcome.check();
        ComplianceStatus status;
        String reason;
        if (outcome.dataMissing()) {
            status = ComplianceStatus.MANUAL;
            reason = check.missingData();
        } else if (!outcome.violations().isEmpty()) {
            status = ComplianceStatus.NOT_MET;
            int count = outcome.violations().size();
            reason = count + (count == 1 ? " violation" : " violations") + " of: " + check.label();
        } else if (outcome.evidence().isEmpty() && check.metWhenEmpty() != null) {
            status = ComplianceStatus.MET;
            reason = check.metWhenEmpty();
        } else if (outcome.evidence().isEmpty()) {
            status = ComplianceStatus.MANUAL;
            reason = check.nothingToCheck() != null ? check.nothingToCheck() : "Nothing to check in the model.";
        } else {
            status = ComplianceStatus.MET;
            reason = check.evidenceSummary() + ": " + outcome.evidence().size();
        }
        return new CheckResult(check.iri(), check.label(), check.description(), status, reason, outcome.evidence(),
                outcome.violations(), check.manualPart());
    }
}
