package org.threatwright.kb.store.internal;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.jena.query.TxnType;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.StoreException;

/**
 * A store over a transactional Jena dataset in this process: in memory ({@code createTxnMem}) or TDB2. Both give
 * serialisable write transactions and snapshot reads: one writer at a time, readers never blocked and never see
 * uncommitted data.
 */
public final class LocalStore implements KnowledgeStore {

    private final DatasetGraph datasetGraph;
    private final String description;
    private final Runnable release;
    /** Transactions hold it shared; close holds it exclusively, so it waits for running transactions. */
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private volatile boolean closed;

    /**
     * @param release what closing must do besides ending transactions (TDB2: release the folder); may be empty
     */
    public LocalStore(DatasetGraph datasetGraph, String description, Runnable release) {
        this.datasetGraph = datasetGraph;
        this.description = description;
        this.release = release;
    }

    /** The Jena dataset, for code in this bundle that needs it directly (the server, the bulk loader). */
    public DatasetGraph datasetGraph() {
        return datasetGraph;
    }

    @Override
    public <T> T read(ReadWork<T> work) {
        lifecycle.readLock().lock();
        try {
            begin(TxnType.READ);
            LocalReader reader = new LocalReader(datasetGraph, description);
            try {
                return work.run(reader);
            } finally {
                reader.end();
                datasetGraph.end();
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public <T> T write(WriteWork<T> work) {
        lifecycle.readLock().lock();
        try {
            begin(TxnType.WRITE);
            LocalWriter writer = new LocalWriter(datasetGraph, description);
            try {
                T result = work.run(writer);
                writer.loadFailure().throwIfFailed();
                commit();
                return result;
            } catch (RuntimeException | Error e) {
                if (datasetGraph.isInTransaction()) {
                    datasetGraph.abort();
                }
                throw e;
            } finally {
                writer.end();
                datasetGraph.end();
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private void begin(TxnType type) {
        if (closed) {
            throw new IllegalStateException("the knowledge store " + description + " is closed");
        }
        if (datasetGraph.isInTransaction()) {
            throw new IllegalStateException("a transaction on " + description
                    + " is already open in this thread: transactions do not nest");
        }
        try {
            datasetGraph.begin(type);
        } catch (JenaException e) {
            throw new StoreException("cannot start a transaction on " + description + ": " + e.getMessage(), e);
        }
    }

    private void commit() {
        try {
            datasetGraph.commit();
        } catch (JenaException e) {
            throw new StoreException("commit failed on " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        if (lifecycle.getReadHoldCount() > 0) {
            throw new IllegalStateException("cannot close " + description + " inside one of its transactions");
        }
        lifecycle.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                release.run();
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }
}
