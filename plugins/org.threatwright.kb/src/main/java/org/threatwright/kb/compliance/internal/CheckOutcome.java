package org.threatwright.kb.compliance.internal;

import java.util.List;

import org.threatwright.kb.compliance.Evidence;
import org.threatwright.kb.compliance.Violation;

/**
 * What evaluating one check found: its violations and evidence, or that the data it needs is missing (then both
 * lists are empty).
 */
public record CheckOutcome(CheckDefinition check, boolean dataMissing, List<Violation> violations, List<Evidence> evidence) {

    public CheckOutcome {
        violations = List.copyOf(violations);
        evidence = List.copyOf(evidence);
    }
}
