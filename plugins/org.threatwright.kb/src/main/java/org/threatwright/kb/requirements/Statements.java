package org.threatwright.kb.requirements;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/** Collects the statements of one mapping in order, each once (a graph is a set). */
final class Statements {

    private final Set<Statement> statements = new LinkedHashSet<>();

    void type(String subject, String classIri) {
        iri(subject, TW.RDF_TYPE, classIri);
    }

    void iri(String subject, String predicate, String objectIri) {
        add(subject, predicate, Term.iri(objectIri));
    }

    void text(String subject, String predicate, String text) {
        if (text != null && !text.isEmpty()) {
            add(subject, predicate, Term.literal(text));
        }
    }

    void typed(String subject, String predicate, String lexical, String datatype) {
        add(subject, predicate, Term.typed(lexical, datatype));
    }

    void add(String subject, String predicate, Term object) {
        statements.add(Statement.of(Term.iri(subject), predicate, object));
    }

    List<Statement> toList() {
        return List.copyOf(statements);
    }
}
