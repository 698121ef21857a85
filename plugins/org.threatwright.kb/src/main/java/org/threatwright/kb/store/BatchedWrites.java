package org.threatwright.kb.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link StatementSink} that adds what it receives to one graph of a write transaction, {@code batchSize}
 * statements at a time, so the statements of a large mapping are never all in memory at once. It belongs to the
 * transaction of its writer: call {@link #flush} before the work returns (the transaction's atomicity is untouched:
 * a failure later in the work still undoes every batch). Not thread-safe.
 *
 * <p>Memory: at most {@code batchSize} statements. On a remote store the writer itself keeps the whole transaction
 * until commit (one update request), so there this bounds only the mapping's share.
 */
public final class BatchedWrites implements StatementSink {

    /** Large enough that per-call costs vanish, small enough to be a few tens of MB at most. */
    public static final int DEFAULT_BATCH = 50_000;

    private final StoreWriter writer;
    private final String graphIri;
    private final int batchSize;
    private List<Statement> batch;
    private long written;

    /**
     * @param graphIri the graph to add to (null for the default graph)
     * @param batchSize statements per {@link StoreWriter#add} call, at least 1
     */
    public BatchedWrites(StoreWriter writer, String graphIri, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one statement, not " + batchSize);
        }
        this.writer = Objects.requireNonNull(writer, "writer");
        this.graphIri = graphIri;
        this.batchSize = batchSize;
        this.batch = new ArrayList<>(Math.min(batchSize, 1024));
    }

    public BatchedWrites(StoreWriter writer, String graphIri) {
        this(writer, graphIri, DEFAULT_BATCH);
    }

    @Override
    public void accept(Statement statement) {
        batch.add(Objects.requireNonNull(statement, "statement"));
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    /** Adds what is pending. */
    public void flush() {
        if (!batch.isEmpty()) {
            writer.add(graphIri, batch);
            written += batch.size();
            batch = new ArrayList<>(Math.min(batchSize, Math.max(1024, batch.size())));
        }
    }

    /** Statements passed to the writer so far (repeats included). */
    public long written() {
        return written;
    }
}
