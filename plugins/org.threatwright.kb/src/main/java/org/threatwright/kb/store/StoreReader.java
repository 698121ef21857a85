package org.threatwright.kb.store;

import java.io.OutputStream;
import java.util.List;
import java.util.Set;

/**
 * What can be read inside a read (or write) transaction. It must not be kept: used after its transaction has
 * ended, every method throws {@link IllegalStateException}. Terms that cannot be written as SPARQL or N-Triples
 * (an IRI with a space or one of {@code <>"{}|^`\}, a malformed language tag) are refused with
 * {@link IllegalArgumentException}, in parameters and statements alike.
 */
public interface StoreReader {

    /** Runs a SELECT query; rows in the query's order. */
    List<QueryRow> select(Sparql query);

    /** Runs an ASK query. */
    boolean ask(Sparql query);

    /** Runs a CONSTRUCT query and returns its triples. */
    List<Statement> construct(Sparql query);

    /** The statements of one named graph, or of the default graph when {@code graphIri} is null. */
    List<Statement> statements(String graphIri);

    /** Number of triples in one named graph, or in the default graph when {@code graphIri} is null. */
    long size(String graphIri);

    /** IRIs of the named graphs that hold at least one triple. */
    Set<String> graphNames();

    /**
     * Writes one graph ({@code graphIri}, null for the default graph) in a triple format, or the whole
     * dataset when the format carries graphs and {@code graphIri} is null. A quad format with a graph IRI writes
     * that graph under its name, so that loading the output puts it back where it was.
     */
    void export(String graphIri, RdfFormat format, OutputStream out);
}
