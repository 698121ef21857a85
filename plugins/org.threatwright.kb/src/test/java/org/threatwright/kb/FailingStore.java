package org.threatwright.kb;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.QueryRow;
import org.threatwright.kb.store.RdfFormat;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StoreException;
import org.threatwright.kb.store.StoreWriter;

/**
 * A store whose writes fail like a full disk at the n-th {@code add} of a write transaction, after the earlier adds
 * went into the transaction: for testing that a failure half-way through a large write leaves nothing of it.
 */
final class FailingStore implements KnowledgeStore {

    private final KnowledgeStore store;
    /** Graphs of the adds that went through before the failure, in order. */
    final List<String> addedGraphs = new ArrayList<>();
    /** The add (1-based, counted over the store's life) that fails; 0 never fails. */
    int failAtAdd;

    FailingStore(KnowledgeStore store) {
        this.store = store;
    }

    @Override
    public <T> T read(ReadWork<T> work) {
        return store.read(work);
    }

    @Override
    public <T> T write(WriteWork<T> work) {
        return store.write(writer -> work.run(new Failing(writer)));
    }

    @Override
    public String describe() {
        return store.describe();
    }

    @Override
    public void close() {
        store.close();
    }

    private final class Failing implements StoreWriter {

        private final StoreWriter writer;

        Failing(StoreWriter writer) {
            this.writer = writer;
        }

        @Override
        public void add(String graphIri, Collection<Statement> statements) {
            if (failAtAdd > 0 && addedGraphs.size() + 1 == failAtAdd) {
                throw new StoreException("no space left on device (simulated)");
            }
            writer.add(graphIri, statements);
            addedGraphs.add(graphIri);
        }

        @Override
        public void remove(String graphIri, Collection<Statement> statements) {
            writer.remove(graphIri, statements);
        }

        @Override
        public void replaceGraph(String graphIri, Collection<Statement> statements) {
            writer.replaceGraph(graphIri, statements);
        }

        @Override
        public void clearGraph(String graphIri) {
            writer.clearGraph(graphIri);
        }

        @Override
        public void update(Sparql update) {
            writer.update(update);
        }

        @Override
        public void load(String graphIri, RdfFormat format, InputStream in, String sourceName) {
            writer.load(graphIri, format, in, sourceName);
        }

        @Override
        public List<QueryRow> select(Sparql query) {
            return writer.select(query);
        }

        @Override
        public boolean ask(Sparql query) {
            return writer.ask(query);
        }

        @Override
        public List<Statement> construct(Sparql query) {
            return writer.construct(query);
        }

        @Override
        public List<Statement> statements(String graphIri) {
            return writer.statements(graphIri);
        }

        @Override
        public long size(String graphIri) {
            return writer.size(graphIri);
        }

        @Override
        public Set<String> graphNames() {
            return writer.graphNames();
        }

        @Override
        public void export(String graphIri, RdfFormat format, OutputStream out) {
            writer.export(graphIri, format, out);
        }
    }
}
