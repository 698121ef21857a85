package org.threatwright.kb.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a person records as a new design decision; {@link DecisionLog#add} gives it its id. The status is proposed
 * or accepted; {@code supersedes} (may be null) is the id of an earlier decision this one replaces.
 */
public record NewDecision(String title, String context, String decision, List<String> alternatives, String consequences,
        DecisionStatus status, LocalDate date, String author, List<String> elements, List<String> findings,
        List<String> risks, List<String> requirements, List<String> clauses, String supersedes) {

    public NewDecision {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a decision needs a title");
        }
        if (context == null || context.isBlank()) {
            throw new IllegalArgumentException("a decision needs its context: why it was needed and taken");
        }
        if (decision == null || decision.isBlank()) {
            throw new IllegalArgumentException("a decision needs the decision itself (what was decided)");
        }
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a decision needs an author");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        if (status != DecisionStatus.PROPOSED && status != DecisionStatus.ACCEPTED) {
            throw new IllegalArgumentException("a new decision is proposed or accepted, not " + status.label());
        }
        alternatives = List.copyOf(alternatives);
        elements = List.copyOf(elements);
        findings = List.copyOf(findings);
        risks = List.copyOf(risks);
        requirements = List.copyOf(requirements);
        clauses = List.copyOf(clauses);
    }
}
