package org.threatwright.kb.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.store.KnowledgeStore;

/**
 * Reads a model's audit log. There is deliberately no method that changes or removes an entry: entries are
 * appended by {@link AuditedKnowledgeStore} only.
 */
public final class AuditLog {

    private final KnowledgeStore store;
    private final String graph;

    public AuditLog(KnowledgeStore store, String modelId) {
        this.store = Objects.requireNonNull(store, "store");
        this.graph = KnowledgeGraphs.audit(Objects.requireNonNull(modelId, "modelId"));
    }

    /** The graph the entries are in. */
    public String graph() {
        return graph;
    }

    /** Every entry, oldest first. */
    public List<AuditEntry> entries() {
        return store.read(reader -> AuditRdf.fromStatements(reader.statements(graph)));
    }

    /**
     * The entries at or after {@code since} (null: all) that touched {@code graphIri} (null: any graph), oldest first.
     * The filter runs on the entries read, so no user text reaches a query.
     */
    public List<AuditEntry> entries(Instant since, String graphIri) {
        return entries().stream().filter(e -> since == null || !e.at().isBefore(since))
                .filter(e -> graphIri == null || e.touches(graphIri)).toList();
    }
}
