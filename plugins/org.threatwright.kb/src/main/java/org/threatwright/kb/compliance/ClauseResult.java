package org.threatwright.kb.compliance;

import java.util.List;

/**
 * The result for one clause of a catalogue.
 *
 * @param schemeIri the catalogue's IRI
 * @param catalogue the catalogue's title
 * @param iri the clause's IRI
 * @param notation the clause number, e.g. {@code 2.4.3.24}
 * @param title the clause's label
 * @param applicability how the clause applies, as published ("Mandatory for Class 2 and above") or by obligation
 * @param status the clause's status
 * @param reason why, in one sentence
 * @param checks the automated checks of the clause, in check IRI order (empty when there is none)
 */
public record ClauseResult(String schemeIri, String catalogue, String iri, String notation, String title,
        String applicability, ComplianceStatus status, String reason, List<CheckResult> checks) {

    public ClauseResult {
        checks = List.copyOf(checks);
    }
}
