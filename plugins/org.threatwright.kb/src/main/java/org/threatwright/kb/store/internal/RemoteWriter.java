package org.threatwright.kb.store.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.threatwright.kb.store.RdfFormat;
import org.threatwright.kb.store.RdfSyntaxException;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StoreWriter;

/**
 * Collects a remote write transaction's changes as SPARQL update operations and sends them, at commit, as ONE
 * update request. The server runs one request in one transaction, so it applies all of it or none of it. Until
 * then nothing leaves this process, which is why reads in the transaction do not see its own changes.
 */
final class RemoteWriter extends RemoteReader implements StoreWriter {

    private final List<Update> operations = new ArrayList<>();
    /** Consecutive inserts, kept open to become one INSERT DATA (which also keeps their blank nodes the same). */
    private List<Quad> openInsert = new ArrayList<>();
    private final LoadFailure loadFailure = new LoadFailure();

    RemoteWriter(RDFConnection connection, RemoteErrors errors) {
        super(connection, errors);
    }

    LoadFailure loadFailure() {
        return loadFailure;
    }

    @Override
    public void add(String graphIri, Collection<Statement> statements) {
        checkInTransaction();
        insert(quads(graphIri, statements));
    }

    @Override
    public void remove(String graphIri, Collection<Statement> statements) {
        checkInTransaction();
        List<Quad> quads = quads(graphIri, statements);
        for (Quad quad : quads) {
            if (quad.getSubject().isBlank() || quad.getObject().isBlank()) {
                throw new IllegalArgumentException("a remote store cannot remove a statement with a blank node"
                        + " (SPARQL DELETE DATA does not allow them); remove it with an update instead");
            }
        }
        if (!quads.isEmpty()) {
            closeInsert();
            operations.add(new UpdateDataDelete(new QuadDataAcc(quads)));
        }
    }

    @Override
    public void replaceGraph(String graphIri, Collection<Statement> statements) {
        checkInTransaction();
        List<Quad> quads = quads(graphIri, statements);
        clearGraph(graphIri);
        insert(quads);
    }

    @Override
    public void clearGraph(String graphIri) {
        checkInTransaction();
        Node graph = JenaTerms.graphNode(graphIri);
        closeInsert();
        operations.add(new UpdateClear(graph == null ? Target.DEFAULT : Target.create(graph), true));
    }

    @Override
    public void update(Sparql update) {
        checkInTransaction();
        List<Update> parsed = SparqlBinding.update(update).getOperations();
        closeInsert();
        operations.addAll(parsed);
    }

    @Override
    public void load(String graphIri, RdfFormat format, InputStream in, String sourceName) {
        checkInTransaction();
        Objects.requireNonNull(in, "in");
        boolean intoDataset = LoadTargets.check(graphIri, format);
        Node graph = intoDataset ? null : JenaTerms.graphNode(graphIri);
        List<Quad> quads = new ArrayList<>();
        try {
            // parsed here in full before anything is queued, so a syntax error queues nothing
            RdfParsing.parse(in, format, sourceName, new StreamRDFBase() {
                @Override
                public void triple(Triple triple) {
                    quads.add(Quad.create(graph == null ? Quad.defaultGraphIRI : graph, triple));
                }

                @Override
                public void quad(Quad quad) {
                    quads.add(quad);
                }
            });
        } catch (RdfSyntaxException e) {
            loadFailure.record(e);
            throw e;
        }
        insert(quads);
    }

    /** The whole transaction as one update request, or null when it changed nothing. */
    UpdateRequest pendingRequest() {
        closeInsert();
        if (operations.isEmpty()) {
            return null;
        }
        UpdateRequest request = new UpdateRequest();
        operations.forEach(request::add);
        return request;
    }

    private void insert(List<Quad> quads) {
        openInsert.addAll(quads);
    }

    private void closeInsert() {
        if (!openInsert.isEmpty()) {
            operations.add(new UpdateDataInsert(new QuadDataAcc(openInsert)));
            openInsert = new ArrayList<>();
        }
    }

    private static List<Quad> quads(String graphIri, Collection<Statement> statements) {
        Node graph = JenaTerms.graphNode(graphIri);
        List<Quad> quads = new ArrayList<>(statements.size());
        for (Triple triple : JenaTerms.toTriples(statements)) {
            quads.add(Quad.create(graph == null ? Quad.defaultGraphIRI : graph, triple));
        }
        return quads;
    }
}
