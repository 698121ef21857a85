package org.threatwright.kb.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.StoreWriter;

/**
 * A knowledge store whose every write is recorded in the audit log, in the same transaction: who (the agent this
 * store was opened for), when, what (the notes the work left with {@link Audit#note}) and how many statements each
 * graph gained and lost. One entry per write, in the audit graph of each model whose graphs it touched
 * ({@link KnowledgeGraphs#audit}), or in {@link GraphOwners#STORE_AUDIT_GRAPH} when it touched no model's graph. A
 * write that changes nothing leaves no entry.
 *
 * <p>The audit log is append-only and baselines are write-once: a write to an audit graph, or to a baseline whose
 * manifest already exists, is refused with {@link ProtectedGraphException} and the transaction aborts. The only
 * exception is {@link #restore}, the lossless import of an archive, which is audited too.
 *
 * <p>Reads pass straight through. Cost per write: one size query per replaced or cleared graph, and for a SPARQL
 * update or a dataset load one per named graph before and after.
 */
public final class AuditedKnowledgeStore implements KnowledgeStore {

    private final KnowledgeStore delegate;
    private final String agent;

    private AuditedKnowledgeStore(KnowledgeStore delegate, String agent) {
        this.delegate = delegate;
        this.agent = agent;
    }

    /**
     * {@code store} with its writes audited as made by {@code agent}; an audited store is unwrapped first, so the
     * agent can be changed.
     */
    public static AuditedKnowledgeStore wrap(KnowledgeStore store, String agent) {
        Objects.requireNonNull(store, "store");
        if (agent == null || agent.isBlank()) {
            throw new IllegalArgumentException("an audited write needs an agent (who writes)");
        }
        KnowledgeStore raw = store instanceof AuditedKnowledgeStore audited ? audited.delegate : store;
        return new AuditedKnowledgeStore(raw, agent.strip());
    }

    /** The default agent: the name of the user running this process. */
    public static String defaultAgent() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    /** The store this one audits, for read-only fast paths inside the knowledge base (never write through it). */
    public KnowledgeStore delegate() {
        return delegate;
    }

    /** Who this store's writes are attributed to. */
    public String agent() {
        return agent;
    }

    @Override
    public <T> T read(ReadWork<T> work) {
        return delegate.read(work);
    }

    @Override
    public <T> T write(WriteWork<T> work) {
        return audited(work, false);
    }

    /**
     * A write that may replace audit and baseline graphs: only for importing an archive ({@code HistoryArchive}),
     * which restores them exactly as they were exported. It is audited like any write.
     */
    public <T> T restore(WriteWork<T> work) {
        return audited(work, true);
    }

    private <T> T audited(WriteWork<T> work, boolean restoring) {
        return delegate.write(writer -> {
            RecordingWriter recording = new RecordingWriter(writer, restoring);
            T result = work.run(recording);
            for (String manifest : recording.baselinesCreated()) {
                if (writer.size(manifest) == 0) {
                    throw new ProtectedGraphException("baseline graphs written without their manifest " + manifest
                            + ": a baseline is created whole, in one write");
                }
            }
            append(writer, recording);
            return result;
        });
    }

    private void append(StoreWriter writer, RecordingWriter recording) {
        Map<String, List<AuditEntry.GraphChange>> byAuditGraph = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> count : recording.counts().entrySet()) {
            long[] c = count.getValue();
            if (c[0] == 0 && c[1] == 0) {
                continue;
            }
            String graph = count.getKey();
            String auditGraph = GraphOwners.modelIdOf(graph).map(KnowledgeGraphs::audit).orElse(GraphOwners.STORE_AUDIT_GRAPH);
            byAuditGraph.computeIfAbsent(auditGraph, g -> new ArrayList<>())
                    .add(new AuditEntry.GraphChange(graph.isEmpty() ? "default" : graph, c[0], c[1]));
        }
        if (byAuditGraph.isEmpty()) {
            return;
        }
        // graphs outside any model (catalogues) go with the entries of the models written in the same transaction
        List<AuditEntry.GraphChange> unowned = byAuditGraph.size() > 1 ? byAuditGraph.remove(GraphOwners.STORE_AUDIT_GRAPH) : null;
        Instant at = Instant.now();
        String action = recording.notes().isEmpty() ? "write" : String.join("; ", recording.notes());
        for (Map.Entry<String, List<AuditEntry.GraphChange>> entry : byAuditGraph.entrySet()) {
            List<AuditEntry.GraphChange> changes = new ArrayList<>(entry.getValue());
            if (unowned != null) {
                changes.addAll(unowned);
            }
            String owner = GraphOwners.modelIdOf(entry.getKey()).orElse("store");
            String iri = AuditVocabulary.ENTRY_BASE + Iris.encodeSegment(owner) + "/" + at + "-" + UUID.randomUUID();
            writer.add(entry.getKey(), AuditRdf.toStatements(new AuditEntry(iri, at, agent, action, changes)));
        }
    }

    @Override
    public String describe() {
        return delegate.describe();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
