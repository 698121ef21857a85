package org.threatwright.kb.compliance.internal;

import java.util.List;

/**
 * One compliance check as the shapes files define it (the twc terms of {@code compliance-vocabulary.ttl}); text
 * fields the shape does not have are null.
 */
public record CheckDefinition(String iri, String label, String description, List<String> clauses, String evidenceQuery,
        String evidenceSummary, String nothingToCheck, String metWhenEmpty, String requiresData, String missingData,
        String manualPart) {

    public CheckDefinition {
        clauses = List.copyOf(clauses);
    }
}
