package org.threatwright.kb.store.internal;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.threatwright.kb.store.QueryRow;
import org.threatwright.kb.store.Sparql;

/**
 * Reads a remote dataset over the SPARQL protocol. Every call is one HTTP request, which the server answers
 * from its committed state in a transaction of its own; two calls may see different states if someone
 * else commits in between (no snapshot spans the calls).
 */
class RemoteReader extends JenaReader {

    private static final String DEFAULT_GRAPH = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";
    private static final String NAMED_GRAPH = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?graph { ?s ?p ?o } }";
    private static final String COUNT_DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String COUNT_NAMED = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?graph { ?s ?p ?o } }";
    private static final String GRAPH_NAMES = "SELECT DISTINCT ?graph WHERE { GRAPH ?graph { ?s ?p ?o } }";

    protected final RDFConnection connection;
    protected final RemoteErrors errors;

    RemoteReader(RDFConnection connection, RemoteErrors errors) {
        this.connection = connection;
        this.errors = errors;
    }

    @Override
    protected QueryExecution execution(Query query) {
        return connection.query(query);
    }

    @Override
    protected RuntimeException translate(RuntimeException failure) {
        return errors.translate(failure);
    }

    @Override
    protected Graph graph(String graphIri) {
        Sparql query = graphIri == null ? Sparql.of(DEFAULT_GRAPH) : Sparql.of(NAMED_GRAPH).bindIri("graph", graphIri);
        Graph graph = GraphFactory.createDefaultGraph();
        JenaTerms.toTriples(construct(query)).forEach(graph::add);
        return graph;
    }

    @Override
    protected DatasetGraph dataset() {
        return connection.fetchDataset().asDatasetGraph(); // one request, so one consistent state
    }

    @Override
    public long size(String graphIri) {
        Sparql count = graphIri == null ? Sparql.of(COUNT_DEFAULT) : Sparql.of(COUNT_NAMED).bindIri("graph", graphIri);
        return Long.parseLong(select(count).get(0).value("n"));
    }

    @Override
    public Set<String> graphNames() {
        Set<String> names = new TreeSet<>();
        for (QueryRow row : select(Sparql.of(GRAPH_NAMES))) {
            row.get("graph").filter(term -> term.isIri()).ifPresent(term -> names.add(term.value()));
        }
        return names;
    }
}
