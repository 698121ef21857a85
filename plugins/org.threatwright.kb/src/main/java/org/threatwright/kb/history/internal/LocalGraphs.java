package org.threatwright.kb.history.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.threatwright.kb.audit.AuditedKnowledgeStore;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.Term;
import org.threatwright.kb.store.internal.JenaTerms;
import org.threatwright.kb.store.internal.LocalStore;

/**
 * Index lookups by subject and by object in a local store's graph (memory or TDB2), inside a read transaction
 * of that store: what the diff needs to read only the subjects that changed. Remote stores have no such path
 * (empty results); callers then ask by SPARQL.
 */
public final class LocalGraphs {

    private LocalGraphs() {
    }

    /** The dataset of a local store (unwrapping the audit decorator), if it is one. */
    private static Optional<DatasetGraph> dataset(KnowledgeStore store) {
        KnowledgeStore raw = store instanceof AuditedKnowledgeStore audited ? audited.delegate() : store;
        return raw instanceof LocalStore local ? Optional.of(local.datasetGraph()) : Optional.empty();
    }

    /** Whether {@link #describe} and {@link #referrers} work on this store. */
    public static boolean supports(KnowledgeStore store) {
        return dataset(store).isPresent();
    }

    /**
     * The statements of {@code subjects} in {@code graphIri}, by subject and property, leaving out {@code ignored}
     * properties. Call inside a read transaction of {@code store}.
     */
    public static Map<Term, Map<String, List<Term>>> describe(KnowledgeStore store, String graphIri, Set<Term> subjects,
            Set<String> ignored) {
        Graph graph = graph(store, graphIri);
        Map<Term, Map<String, List<Term>>> out = new HashMap<>();
        for (Term subject : subjects) {
            graph.find(JenaTerms.toNode(subject), Node.ANY, Node.ANY).forEachRemaining(t -> {
                String property = t.getPredicate().getURI();
                if (!ignored.contains(property)) {
                    out.computeIfAbsent(subject, k -> new TreeMap<>()).computeIfAbsent(property, k -> new ArrayList<>())
                            .add(JenaTerms.toTerm(t.getObject()));
                }
            });
        }
        return out;
    }

    /** For each of {@code objects}, the subjects that point at it with one of {@code properties}. */
    public static Map<Term, List<Term>> referrers(KnowledgeStore store, String graphIri, Set<Term> objects, Set<String> properties) {
        Graph graph = graph(store, graphIri);
        Map<Term, List<Term>> out = new HashMap<>();
        for (Term object : objects) {
            graph.find(Node.ANY, Node.ANY, JenaTerms.toNode(object)).forEachRemaining((Triple t) -> {
                if (properties.contains(t.getPredicate().getURI())) {
                    out.computeIfAbsent(object, k -> new ArrayList<>()).add(JenaTerms.toTerm(t.getSubject()));
                }
            });
        }
        return out;
    }

    private static Graph graph(KnowledgeStore store, String graphIri) {
        DatasetGraph dataset = dataset(store).orElseThrow(() -> new IllegalStateException(store.describe() + " is not a local store"));
        return dataset.getGraph(JenaTerms.graphNode(graphIri));
    }
}
