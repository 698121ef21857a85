package org.threatwright.kb.ontology;

import java.time.LocalDate;
import java.util.List;

import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StatementSink;
import org.threatwright.kb.store.Term;

/** Writes the statements of one mapping to a sink, with one helper per kind of value the mappings write. */
final class StatementOut {

    private final StatementSink sink;

    StatementOut(StatementSink sink) {
        this.sink = sink;
    }

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
        sink.accept(Statement.of(Term.iri(subject), predicate, object));
    }

    void addAll(List<Statement> more) {
        more.forEach(sink::accept);
    }
}
