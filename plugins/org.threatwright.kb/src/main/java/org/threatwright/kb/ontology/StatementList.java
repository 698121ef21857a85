package org.threatwright.kb.ontology;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/**
 * Collects the statements of one mapping in the order they are added, each once: a graph is a set, and a
 * repeated statement (an agent named by two decisions) would only make two mappings of the same data differ.
 */
final class StatementList {

    private final Set<Statement> statements = new LinkedHashSet<>();

    void type(String subject, String classIri) {
        iri(subject, TW.RDF_TYPE, classIri);
    }

    void iri(String subject, String predicate, String objectIri) {
        add(subject, predicate, Term.iri(objectIri));
    }

    /** A plain string; nothing when {@code text} is null or empty (an empty value says nothing). */
    void text(String subject, String predicate, String text) {
        if (text != null && !text.isEmpty()) {
            add(subject, predicate, Term.literal(text));
        }
    }

    void bool(String subject, String predicate, boolean value) {
        add(subject, predicate, Term.typed(Boolean.toString(value), TW.XSD_BOOLEAN));
    }

    void integer(String subject, String predicate, long value) {
        add(subject, predicate, Term.typed(Long.toString(value), TW.XSD_INTEGER));
    }

    void date(String subject, String predicate, LocalDate date) {
        if (date != null) {
            add(subject, predicate, Term.typed(date.toString(), TW.XSD_DATE));
        }
    }

    void add(String subject, String predicate, Term object) {
        statements.add(Statement.of(Term.iri(subject), predicate, object));
    }

    void addAll(List<Statement> more) {
        statements.addAll(more);
    }

    List<Statement> toList() {
        return List.copyOf(statements);
    }
}
