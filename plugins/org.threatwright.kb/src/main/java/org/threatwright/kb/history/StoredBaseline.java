package org.threatwright.kb.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.threatwright.kb.history.internal.LocalGraphs;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.QueryRow;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/**
 * A baseline read from the store as the diff needs it: the per-subject digests kept in its manifest, then only
 * the subjects whose digests differ (index lookups on a local store, one SPARQL query per subject on a remote one).
 * A part without digests is read whole. Each call is its own read transaction; baselines never change, so the
 * reads agree with each other.
 */
public final class StoredBaseline implements SnapshotView {

    private static final String DIGESTS = """
            PREFIX tw: <https://threatwright.org/ontology#>
            SELECT ?digests WHERE { GRAPH ?g { ?part tw:subjectDigests ?digests } }
            """;
    private static final String DESCRIBE = "SELECT ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String REFERRERS = "SELECT ?s ?p WHERE { GRAPH ?g { ?s ?p ?o } }";

    private final KnowledgeStore store;
    private final BaselineInfo info;
    private final String manifestGraph;

    StoredBaseline(KnowledgeStore store, BaselineInfo info, String manifestGraph) {
        this.store = Objects.requireNonNull(store, "store");
        this.info = info;
        this.manifestGraph = manifestGraph;
    }

    @Override
    public String modelId() {
        return info.modelId();
    }

    @Override
    public String label() {
        return info.name();
    }

    @Override
    public PartSource source(HistoryPart part) {
        if (!info.parts().containsKey(part)) {
            return new MemoryPart(List.of(), part);
        }
        return new Stored(part, part.baselineGraph(info.modelId(), info.name()));
    }

    private final class Stored implements PartSource {
        private final HistoryPart part;
        private final String graph;

        Stored(HistoryPart part, String graph) {
            this.part = part;
            this.graph = graph;
        }

        @Override
        public Map<Term, Long> digests() {
            String partIri = Iris.baseline(info.modelId(), info.name()) + "/part/" + part.partName();
            List<QueryRow> rows = store.read(reader -> reader.select(Sparql.of(DIGESTS).bindIri("g", manifestGraph)
                    .bindIri("part", partIri)));
            if (rows.isEmpty()) {
                return new MemoryPart(all(), part).digests();
            }
            return SubjectDigests.parse(rows.get(0).value("digests"));
        }

        @Override
        public Map<Term, Map<String, List<Term>>> describe(Set<Term> subjects) {
            Set<String> ignored = SubjectDigests.ignored(part);
            if (LocalGraphs.supports(store)) {
                return store.read(reader -> LocalGraphs.describe(store, graph, subjects, ignored));
            }
            return store.read(reader -> {
                Map<Term, Map<String, List<Term>>> out = new HashMap<>();
                for (Term subject : subjects) {
                    for (QueryRow row : reader.select(Sparql.of(DESCRIBE).bindIri("g", graph).bind("s", subject))) {
                        String property = row.value("p");
                        if (!ignored.contains(property)) {
                            out.computeIfAbsent(subject, k -> new TreeMap<>()).computeIfAbsent(property, k -> new ArrayList<>())
                                    .add(row.get("o").orElseThrow());
                        }
                    }
                }
                return out;
            });
        }

        @Override
        public Map<Term, List<Term>> referrers(Set<Term> objects, Set<String> properties) {
            if (LocalGraphs.supports(store)) {
                return store.read(reader -> LocalGraphs.referrers(store, graph, objects, properties));
            }
            return store.read(reader -> {
                Map<Term, List<Term>> out = new HashMap<>();
                for (Term object : objects) {
                    for (QueryRow row : reader.select(Sparql.of(REFERRERS).bindIri("g", graph).bind("o", object))) {
                        if (properties.contains(row.value("p"))) {
                            out.computeIfAbsent(object, k -> new ArrayList<>()).add(row.get("s").orElseThrow());
                        }
                    }
                }
                return out;
            });
        }

        @Override
        public List<Statement> all() {
            return store.read(reader -> reader.statements(graph));
        }

        @Override
        public boolean isEmpty() {
            return store.read(reader -> reader.size(graph)) == 0;
        }
    }
}
