package org.threatwright.kb.requirements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/** The values of one subject's properties in a graph, with the checks reading a record needs. */
final class Subject {

    private final Term subject;
    private final Map<String, List<Term>> properties;

    private Subject(Term subject, Map<String, List<Term>> properties) {
        this.subject = subject;
        this.properties = properties;
    }

    /** The subjects of {@code statements}, in order of first appearance. */
    static Map<Term, Subject> group(Collection<Statement> statements) {
        Map<Term, Map<String, List<Term>>> bySubject = new LinkedHashMap<>();
        for (Statement statement : statements) {
            bySubject.computeIfAbsent(statement.subject(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(statement.predicate().value(), p -> new ArrayList<>()).add(statement.object());
        }
        Map<Term, Subject> subjects = new LinkedHashMap<>();
        bySubject.forEach((term, properties) -> subjects.put(term, new Subject(term, properties)));
        return subjects;
    }

    static Subject empty(Term term) {
        return new Subject(term, Map.of());
    }

    Term term() {
        return subject;
    }

    List<Term> all(String property) {
        return properties.getOrDefault(property, List.of());
    }

    /** The IRIs among the values of {@code property}. */
    List<String> iris(String property) {
        List<String> iris = new ArrayList<>();
        for (Term value : all(property)) {
            if (!value.isIri()) {
                throw new IllegalArgumentException(subject + ": " + property + " should be an IRI, not " + value);
            }
            iris.add(value.value());
        }
        return iris;
    }

    String text(String property) {
        Term value = optional(property, true);
        if (value == null) {
            throw new IllegalArgumentException(subject + " has no " + property);
        }
        return value.value();
    }

    String optionalText(String property) {
        Term value = optional(property, true);
        return value == null ? null : value.value();
    }

    String iri(String property) {
        Term value = optional(property, false);
        if (value == null) {
            throw new IllegalArgumentException(subject + " has no " + property);
        }
        return value.value();
    }

    String optionalIri(String property) {
        Term value = optional(property, false);
        return value == null ? null : value.value();
    }

    private Term optional(String property, boolean literal) {
        List<Term> values = all(property);
        if (values.size() > 1) {
            throw new IllegalArgumentException(subject + " has " + values.size() + " values of " + property);
        }
        if (values.isEmpty()) {
            return null;
        }
        Term value = values.get(0);
        if (value.isLiteral() != literal) {
            throw new IllegalArgumentException(subject + ": " + property + " should be " + (literal ? "a literal" : "an IRI")
                    + ", not " + value);
        }
        return value;
    }

    boolean hasType(String classIri) {
        return all(org.threatwright.kb.ontology.TW.RDF_TYPE).contains(Term.iri(classIri));
    }
}
