package org.threatwright.kb.store;

/**
 * The knowledge base's storage: an RDF dataset (default graph plus named graphs) read and written in
 * transactions. Implementations: in memory, TDB2 on disk, a remote Fuseki server. No Jena type appears
 * here, so callers (CLI, UI, reports) do not depend on the RDF library.
 *
 * <p>A write transaction commits when its work returns and aborts when it throws; readers never see
 * a half-done write. Transactions do not nest ({@link IllegalStateException}). Local stores (memory, TDB2) allow one
 * writer at a time and give readers a snapshot; a remote store sends a write's changes as one request at commit,
 * and its reads are separate requests (see docs/knowledge-base.md for what that does and does not guarantee).
 * Open stores with {@link KnowledgeStores}.
 */
public interface KnowledgeStore extends AutoCloseable {

    /** Work done inside a read transaction. */
    @FunctionalInterface
    interface ReadWork<T> {
        T run(StoreReader reader);
    }

    /** Work done inside a write transaction. */
    @FunctionalInterface
    interface WriteWork<T> {
        T run(StoreWriter writer);
    }

    <T> T read(ReadWork<T> work);

    <T> T write(WriteWork<T> work);

    /** Convenience for writes without a result. */
    default void writeAll(java.util.function.Consumer<StoreWriter> work) {
        write(writer -> {
            work.accept(writer);
            return null;
        });
    }

    /** Where the data lives, for messages: "in memory", a folder, or a server URL without credentials. */
    String describe();

    @Override
    void close();
}
