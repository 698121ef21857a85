package org.threatwright.kb.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A design decision in ADR form: the context that forced it, what was decided, the alternatives considered, the
 * consequences, its status and date, who took it, and what it is about (model elements, findings, risks and
 * requirements by id, catalogue clauses by IRI). {@code supersedes} names the decision it replaced
 * ({@code prov:wasRevisionOf}); {@code supersededBy} the one that replaced it, if any.
 */
public record DesignDecision(String id, String title, String context, String decision, List<String> alternatives,
        String consequences, DecisionStatus status, LocalDate date, String author, Instant recordedAt,
        List<String> elements, List<String> findings, List<String> risks, List<String> requirements,
        List<String> clauses, String supersedes, String supersededBy) {

    public DesignDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
        alternatives = List.copyOf(alternatives);
        elements = List.copyOf(elements);
        findings = List.copyOf(findings);
        risks = List.copyOf(risks);
        requirements = List.copyOf(requirements);
        clauses = List.copyOf(clauses);
    }
}
