package org.threatwright.kb.requirements;

import java.util.Objects;
import java.util.function.Function;

import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.StoreReader;
import org.threatwright.risk.requirements.RequirementBook;

/**
 * The security requirements, controls and evidence of one model, kept in their own graph
 * ({@link KnowledgeGraphs#requirements}, the only copy). A change reads the book, applies an edit of
 * {@link RequirementBook} and writes the graph back, all in one write transaction: an edit that refuses its input
 * (an {@link IllegalArgumentException}) aborts the transaction, so nothing is half-written. A product has tens to
 * hundreds of these records, so rewriting the graph is cheap and keeps it exactly the book's statements.
 *
 * <p>On a remote store the read and the write are separate requests: two people changing requirements at the same
 * moment may overwrite each other's change (as for triage decisions; docs/knowledge-base.md).
 */
public final class RequirementStore {

    private final KnowledgeStore store;
    private final String modelId;
    private final String graph;

    public RequirementStore(KnowledgeStore store, String modelId) {
        this.store = Objects.requireNonNull(store, "store");
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.graph = KnowledgeGraphs.requirements(modelId);
    }

    /** The requirements of {@code modelId} in {@code knowledge}. */
    public static RequirementStore of(ProductKnowledge knowledge, String modelId) {
        return new RequirementStore(knowledge.store(), modelId);
    }

    /** The graph the records are kept in. */
    public String graph() {
        return graph;
    }

    /**
     * The recorded requirements, controls and evidence.
     *
     * @throws IllegalArgumentException naming the record when the graph holds a malformed one
     */
    public RequirementBook book() {
        return store.read(this::book);
    }

    /** The graph's statements as they are, e.g. as data for a compliance check ({@code ComplianceCheck#with}). */
    public java.util.List<org.threatwright.kb.store.Statement> statements() {
        return store.read(reader -> reader.statements(graph));
    }

    /** The risks published for the model (empty when the risk assessment has not been published). */
    public PublishedRisks risks() {
        return store.read(reader -> PublishedRisks.read(reader, modelId));
    }

    /** The book and the published risks, read in one transaction so that they agree. */
    public Snapshot snapshot() {
        return store.read(reader -> new Snapshot(book(reader), PublishedRisks.read(reader, modelId)));
    }

    /** The records and risks as read together. */
    public record Snapshot(RequirementBook book, PublishedRisks risks) {
    }

    /**
     * Applies {@code edit} to the recorded book and writes the result, in one write transaction.
     *
     * @return what the edit returned
     * @throws IllegalArgumentException from the edit; nothing is written then
     */
    public <T> T change(Function<RequirementBook, T> edit) {
        return store.write(writer -> {
            RequirementBook book = book(writer);
            T result = edit.apply(book);
            writer.replaceGraph(graph, RequirementsRdf.toStatements(book));
            return result;
        });
    }

    /** Like {@link #change}, with the published risks read in the same transaction (for derivation). */
    public <T> T changeWithRisks(java.util.function.BiFunction<RequirementBook, PublishedRisks, T> edit) {
        return store.write(writer -> {
            RequirementBook book = book(writer);
            T result = edit.apply(book, PublishedRisks.read(writer, modelId));
            writer.replaceGraph(graph, RequirementsRdf.toStatements(book));
            return result;
        });
    }

    private RequirementBook book(StoreReader reader) {
        return RequirementsRdf.fromStatements(reader.statements(graph));
    }
}
