package org.threatwright.kb.store;

import java.io.InputStream;
import java.util.Collection;

/** What can be done inside a write transaction. Everything done is undone if the transaction aborts. */
public interface StoreWriter extends StoreReader {

    /** Adds statements to a named graph (the default graph when {@code graphIri} is null). */
    void add(String graphIri, Collection<Statement> statements);

    /**
     * Removes statements from a named graph (the default graph when {@code graphIri} is null). A remote store refuses
     * statements with blank nodes ({@link IllegalArgumentException}): SPARQL {@code DELETE DATA} cannot name them.
     */
    void remove(String graphIri, Collection<Statement> statements);

    /** Replaces the whole content of a named graph. */
    void replaceGraph(String graphIri, Collection<Statement> statements);

    /** Empties a named graph (the default graph when {@code graphIri} is null). */
    void clearGraph(String graphIri);

    /** Runs a SPARQL update with bound parameters. */
    void update(Sparql update);

    /**
     * Parses RDF into a named graph (a triple format; null for the default graph) or into the dataset (a quad
     * format, graphIri null; a quad format with a graph IRI is an {@link IllegalArgumentException}).
     *
     * @param sourceName names the input in error messages (a file name, usually)
     * @throws RdfSyntaxException with line and column when the input is malformed; the transaction is
     *         then aborted by the store, so nothing of the input stays, even when the work catches the exception
     *         (the store rethrows it at the end of the transaction)
     */
    void load(String graphIri, RdfFormat format, InputStream in, String sourceName);
}
