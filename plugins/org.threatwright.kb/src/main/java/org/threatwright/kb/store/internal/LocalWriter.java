package org.threatwright.kb.store.internal;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.core.DatasetGraph;
import org.threatwright.kb.store.RdfFormat;
import org.threatwright.kb.store.RdfSyntaxException;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StoreWriter;

/**
 * Writes a dataset in this process inside the store's write transaction. Changes go straight into the
 * transaction; the store commits or aborts it when the work ends.
 */
final class LocalWriter extends LocalReader implements StoreWriter {

    private final LoadFailure loadFailure = new LoadFailure();

    LocalWriter(DatasetGraph datasetGraph, String description) {
        super(datasetGraph, description);
    }

    LoadFailure loadFailure() {
        return loadFailure;
    }

    @Override
    public void add(String graphIri, Collection<Statement> statements) {
        checkInTransaction();
        List<Triple> triples = JenaTerms.toTriples(statements); // convert all first: a bad term adds nothing
        guarded(() -> {
            Graph graph = graph(graphIri);
            triples.forEach(graph::add);
            return null;
        });
    }

    @Override
    public void remove(String graphIri, Collection<Statement> statements) {
        checkInTransaction();
        List<Triple> triples = JenaTerms.toTriples(statements);
        guarded(() -> {
            Graph graph = graph(graphIri);
            triples.forEach(graph::delete);
            return null;
        });
    }

    @Override
    public void replaceGraph(String graphIri, Collection<Statement> statements) {
        checkInTransaction();
        List<Triple> triples = JenaTerms.toTriples(statements);
        guarded(() -> {
            Graph graph = graph(graphIri);
            graph.clear();
            triples.forEach(graph::add);
            return null;
        });
    }

    @Override
    public void clearGraph(String graphIri) {
        checkInTransaction();
        guarded(() -> {
            graph(graphIri).clear();
            return null;
        });
    }

    @Override
    public void update(Sparql update) {
        checkInTransaction();
        UpdateRequest request = SparqlBinding.update(update);
        guarded(() -> {
            UpdateExec.dataset(datasetGraph).update(request).execute();
            return null;
        });
    }

    @Override
    public void load(String graphIri, RdfFormat format, InputStream in, String sourceName) {
        checkInTransaction();
        Objects.requireNonNull(in, "in");
        StreamRDF sink = LoadTargets.check(graphIri, format)
                ? StreamRDFLib.dataset(datasetGraph)
                : StreamRDFLib.graph(graph(graphIri));
        try {
            RdfParsing.parse(in, format, sourceName, sink);
        } catch (RdfSyntaxException e) {
            // part of the input may already be in the transaction: make sure it can only abort
            loadFailure.record(e);
            throw e;
        }
    }
}
