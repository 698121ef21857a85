package org.threatwright.kb.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One write to the knowledge base: who, when, what kind of change, and how many statements each graph gained or
 * lost. Counts of a replaced graph are its old size (removed) and its new size (added); of a SPARQL update, the
 * net change of each graph's size.
 */
public record AuditEntry(String iri, Instant at, String agent, String action, List<GraphChange> graphs) {

    /** What one write did to one graph. */
    public record GraphChange(String graph, long added, long removed) {
    }

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(action, "action");
        graphs = List.copyOf(graphs);
    }

    /** Whether the write touched {@code graphIri}. */
    public boolean touches(String graphIri) {
        return graphs.stream().anyMatch(change -> change.graph().equals(graphIri));
    }
}
