package org.threatwright.kb.store.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.threatwright.kb.store.QueryRow;
import org.threatwright.kb.store.RdfFormat;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StoreReader;
import org.threatwright.kb.store.Term;

/**
 * What every back end reads the same way: SPARQL queries run through Jena's {@link QueryExecution} (local or
 * over HTTP) and exports through Jena's writers. Results are copied out while the transaction is open, so
 * nothing handed to the caller refers to the store afterwards.
 */
abstract class JenaReader implements StoreReader {

    private volatile boolean ended;

    /** A query execution against this back end, inside the current transaction where the back end has one. */
    protected abstract QueryExecution execution(Query query);

    /** Turns a library failure into the store's own exception, with a message fit for a user. */
    protected abstract RuntimeException translate(RuntimeException failure);

    /** The content of one graph (null: the default graph), live or fetched. */
    protected abstract Graph graph(String graphIri);

    /** The whole dataset, live or fetched. */
    protected abstract DatasetGraph dataset();

    /** Called by the store when the transaction ends: the reader must not be used after that. */
    final void end() {
        ended = true;
    }

    protected final void checkInTransaction() {
        if (ended) {
            throw new IllegalStateException("the store was used after its transaction ended");
        }
    }

    @Override
    public List<QueryRow> select(Sparql sparql) {
        Query query = parse(sparql, Query::isSelectType, "SELECT");
        return guarded(() -> {
            try (QueryExecution execution = execution(query)) {
                ResultSet results = execution.execSelect();
                List<String> variables = results.getResultVars();
                List<QueryRow> rows = new ArrayList<>();
                while (results.hasNext()) {
                    Binding binding = results.nextBinding();
                    Map<String, Term> values = new LinkedHashMap<>();
                    for (String variable : variables) {
                        Node value = binding.get(Var.alloc(variable));
                        if (value != null) {
                            values.put(variable, JenaTerms.toTerm(value));
                        }
                    }
                    rows.add(new QueryRow(values));
                }
                return rows;
            }
        });
    }

    @Override
    public boolean ask(Sparql sparql) {
        Query query = parse(sparql, Query::isAskType, "ASK");
        return guarded(() -> {
            try (QueryExecution execution = execution(query)) {
                return execution.execAsk();
            }
        });
    }

    @Override
    public List<Statement> construct(Sparql sparql) {
        Query query = parse(sparql, Query::isConstructType, "CONSTRUCT");
        return guarded(() -> {
            try (QueryExecution execution = execution(query)) {
                List<Statement> statements = new ArrayList<>();
                execution.execConstructTriples().forEachRemaining(triple -> statements.add(JenaTerms.toStatement(triple)));
                return statements;
            }
        });
    }

    @Override
    public List<Statement> statements(String graphIri) {
        checkInTransaction();
        return guarded(() -> {
            List<Statement> statements = new ArrayList<>();
            graph(graphIri).find().forEach((Triple triple) -> statements.add(JenaTerms.toStatement(triple)));
            return statements;
        });
    }

    @Override
    public void export(String graphIri, RdfFormat format, OutputStream out) {
        checkInTransaction();
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        guarded(() -> {
            if (!format.carriesGraphs()) {
                RDFDataMgr.write(out, graph(graphIri), RdfLangs.writerFormat(format));
            } else if (graphIri == null) {
                RDFDataMgr.write(out, dataset(), RdfLangs.writerFormat(format));
            } else {
                // one graph in a quad format: keep its name, so that loading the output restores it where it was
                DatasetGraph single = DatasetGraphFactory.createGeneral();
                single.addGraph(JenaTerms.graphNode(graphIri), graph(graphIri));
                RDFDataMgr.write(out, single, RdfLangs.writerFormat(format));
            }
            return null;
        });
    }

    protected final Query parse(Sparql sparql, java.util.function.Predicate<Query> kind, String expected) {
        checkInTransaction();
        Query query = SparqlBinding.query(sparql);
        if (!kind.test(query)) {
            throw new IllegalArgumentException("not a " + expected + " query: " + sparql.text());
        }
        return query;
    }

    /** Runs library code, translating its failures. */
    protected final <T> T guarded(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }
}
