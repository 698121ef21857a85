package org.threatwright.kb.store.internal;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.threatwright.kb.store.StoreException;

/** Reads a dataset in this process (in memory or TDB2) inside the transaction the store opened on it. */
class LocalReader extends JenaReader {

    protected final DatasetGraph datasetGraph;
    private final String description;

    LocalReader(DatasetGraph datasetGraph, String description) {
        this.datasetGraph = datasetGraph;
        this.description = description;
    }

    @Override
    protected QueryExecution execution(Query query) {
        // the execution joins the transaction already open on this thread
        return QueryExecutionFactory.create(query, DatasetFactory.wrap(datasetGraph));
    }

    @Override
    protected Graph graph(String graphIri) {
        Node name = JenaTerms.graphNode(graphIri);
        return name == null ? datasetGraph.getDefaultGraph() : datasetGraph.getGraph(name);
    }

    @Override
    protected DatasetGraph dataset() {
        return datasetGraph;
    }

    @Override
    public long size(String graphIri) {
        checkInTransaction();
        return guarded(() -> (long) graph(graphIri).size());
    }

    @Override
    public Set<String> graphNames() {
        checkInTransaction();
        return guarded(() -> {
            Set<String> names = new TreeSet<>();
            datasetGraph.listGraphNodes().forEachRemaining(name -> {
                if (name.isURI() && !datasetGraph.getGraph(name).isEmpty()) {
                    names.add(name.getURI());
                }
            });
            return names;
        });
    }

    @Override
    protected RuntimeException translate(RuntimeException failure) {
        if (failure instanceof StoreException) {
            return failure;
        }
        // Jena's failures (query evaluation, a LOAD that cannot fetch, storage) are the store's; others are bugs
        if (failure instanceof JenaException || failure.getClass().getName().startsWith("org.apache.jena.")) {
            return new StoreException(description + ": " + failure.getMessage(), failure);
        }
        return failure;
    }
}
