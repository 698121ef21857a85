package org.threatwright.kb.store;

import java.util.Objects;

/** One triple. The named graph it belongs to is given where statements are written or read. */
public record Statement(Term subject, Term predicate, Term object) {

    public Statement {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        if (subject.isLiteral()) {
            throw new IllegalArgumentException("a literal cannot be a subject: " + subject);
        }
        if (!predicate.isIri()) {
            throw new IllegalArgumentException("a predicate must be an IRI: " + predicate);
        }
    }

    public static Statement of(Term subject, String predicateIri, Term object) {
        return new Statement(subject, Term.iri(predicateIri), object);
    }
}
