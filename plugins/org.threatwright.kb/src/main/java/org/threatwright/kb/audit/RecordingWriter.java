package org.threatwright.kb.audit;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.threatwright.kb.store.QueryRow;
import org.threatwright.kb.store.RdfFormat;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StoreWriter;

/**
 * The writer handed to the work of an audited write: passes every call on, keeps count of what each graph gained
 * and lost, collects the notes the work leaves ({@link Audit#note}), and refuses writes to protected graphs: the
 * audit log (append-only, only the decorator writes it) and baselines (write-once: a baseline's graphs may be
 * written only in the transaction that creates its manifest).
 */
final class RecordingWriter implements StoreWriter {

    private final StoreWriter delegate;
    private final boolean restoring;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    /** Baseline manifests found empty when this transaction first touched them: being created now. */
    private final Set<String> creating = new HashSet<>();
    private final Map<String, Boolean> writable = new HashMap<>();

    RecordingWriter(StoreWriter delegate, boolean restoring) {
        this.delegate = delegate;
        this.restoring = restoring;
    }

    void note(String text) {
        notes.add(text);
    }

    List<String> notes() {
        return notes;
    }

    Map<String, long[]> counts() {
        return counts;
    }

    Set<String> baselinesCreated() {
        return creating;
    }

    /** Refuses a write to a protected graph, naming it and why. */
    private void guard(String graphIri) {
        if (restoring || graphIri == null) {
            return;
        }
        if (GraphOwners.isAudit(graphIri)) {
            throw new ProtectedGraphException("the audit log " + graphIri + " is append-only: only the audit itself writes it");
        }
        if (GraphOwners.isBaseline(graphIri)) {
            String manifest = GraphOwners.baselineManifestOf(graphIri).orElseThrow(
                    () -> new ProtectedGraphException("not a baseline graph name: " + graphIri));
            boolean allowed = writable.computeIfAbsent(manifest, m -> delegate.size(m) == 0);
            if (!allowed) {
                throw new ProtectedGraphException("baseline graph " + graphIri
                        + " is immutable: its baseline was created earlier and is never modified");
            }
            creating.add(manifest);
        }
    }

    private void count(String graphIri, long added, long removed) {
        long[] c = counts.computeIfAbsent(graphIri == null ? "" : graphIri, g -> new long[2]);
        c[0] += added;
        c[1] += removed;
    }

    @Override
    public void add(String graphIri, Collection<Statement> statements) {
        guard(graphIri);
        delegate.add(graphIri, statements);
        count(graphIri, statements.size(), 0);
    }

    @Override
    public void remove(String graphIri, Collection<Statement> statements) {
        guard(graphIri);
        delegate.remove(graphIri, statements);
        count(graphIri, 0, statements.size());
    }

    @Override
    public void replaceGraph(String graphIri, Collection<Statement> statements) {
        guard(graphIri);
        long before = delegate.size(graphIri);
        delegate.replaceGraph(graphIri, statements);
        count(graphIri, statements.size(), before);
    }

    @Override
    public void clearGraph(String graphIri) {
        guard(graphIri);
        long before = delegate.size(graphIri);
        delegate.clearGraph(graphIri);
        count(graphIri, 0, before);
    }

    @Override
    public void update(Sparql update) {
        Map<String, Long> before = sizes();
        delegate.update(update);
        countDifferences(before, sizes(), "a SPARQL update");
    }

    @Override
    public void load(String graphIri, RdfFormat format, InputStream in, String sourceName) {
        if (graphIri != null || !format.carriesGraphs()) {
            guard(graphIri);
            long before = delegate.size(graphIri);
            delegate.load(graphIri, format, in, sourceName);
            count(graphIri, Math.max(0, delegate.size(graphIri) - before), 0);
            return;
        }
        Map<String, Long> before = sizes();
        delegate.load(null, format, in, sourceName);
        countDifferences(before, sizes(), "loading " + sourceName);
    }

    /** Sizes of every named graph: what an update or a dataset load changed is the difference. */
    private Map<String, Long> sizes() {
        Map<String, Long> sizes = new TreeMap<>();
        for (String graph : delegate.graphNames()) {
            sizes.put(graph, delegate.size(graph));
        }
        return sizes;
    }

    /** Records the net change of each graph, refusing (before the commit, so it aborts) a change to a protected one. */
    private void countDifferences(Map<String, Long> before, Map<String, Long> after, String what) {
        Set<String> graphs = new HashSet<>(before.keySet());
        graphs.addAll(after.keySet());
        for (String graph : graphs) {
            long delta = after.getOrDefault(graph, 0L) - before.getOrDefault(graph, 0L);
            if (delta != 0) {
                if (GraphOwners.isProtected(graph) && !restoring) {
                    guard(graph); // throws for the audit log and existing baselines
                }
                count(graph, Math.max(delta, 0), Math.max(-delta, 0));
            }
        }
    }

    // reads pass through

    @Override
    public List<QueryRow> select(Sparql query) {
        return delegate.select(query);
    }

    @Override
    public boolean ask(Sparql query) {
        return delegate.ask(query);
    }

    @Override
    public List<Statement> construct(Sparql query) {
        return delegate.construct(query);
    }

    @Override
    public List<Statement> statements(String graphIri) {
        return delegate.statements(graphIri);
    }

    @Override
    public long size(String graphIri) {
        return delegate.size(graphIri);
    }

    @Override
    public Set<String> graphNames() {
        return delegate.graphNames();
    }

    @Override
    public void export(String graphIri, RdfFormat format, OutputStream out) {
        delegate.export(graphIri, format, out);
    }
}
