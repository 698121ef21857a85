package org.threatwright.kb.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/** Collects statements in order, each once, and reads them back grouped by subject with the checks a record needs. */
final class Triples {

    private final Set<Statement> statements = new LinkedHashSet<>();

    void iri(String subject, String predicate, String object) {
        add(subject, predicate, Term.iri(object));
    }

    void type(String subject, String type) {
        iri(subject, TW.RDF_TYPE, type);
    }

    /** A plain string; nothing when {@code text} is null or empty. */
    void text(String subject, String predicate, String text) {
        if (text != null && !text.isEmpty()) {
            add(subject, predicate, Term.literal(text));
        }
    }

    void integer(String subject, String predicate, long value) {
        add(subject, predicate, Term.typed(Long.toString(value), TW.XSD_INTEGER));
    }

    void bool(String subject, String predicate, boolean value) {
        add(subject, predicate, Term.typed(Boolean.toString(value), TW.XSD_BOOLEAN));
    }

    void add(String subject, String predicate, Term object) {
        statements.add(Statement.of(Term.iri(subject), predicate, object));
    }

    /** Who did it and when: {@code prov:wasAttributedTo} a named {@code prov:Agent}, {@code prov:generatedAtTime}. */
    void attributed(String subject, String by, java.time.Instant at) {
        String agent = org.threatwright.kb.ontology.Iris.agent(by);
        iri(subject, TW.PROV_WAS_ATTRIBUTED_TO, agent);
        add(subject, TW.PROV_GENERATED_AT_TIME, Term.typed(at.toString(), TW.XSD_DATE_TIME));
        type(agent, TW.PROV_AGENT);
        text(agent, TW.RDFS_LABEL, by);
    }

    List<Statement> toList() {
        return List.copyOf(statements);
    }

    /** Statements grouped by subject, then predicate. */
    static Map<Term, Map<String, List<Term>>> bySubject(Collection<Statement> statements) {
        Map<Term, Map<String, List<Term>>> bySubject = new LinkedHashMap<>();
        for (Statement statement : statements) {
            bySubject.computeIfAbsent(statement.subject(), subject -> new LinkedHashMap<>())
                    .computeIfAbsent(statement.predicate().value(), predicate -> new ArrayList<>()).add(statement.object());
        }
        return bySubject;
    }

    /** One subject's properties, with the checks a stored record needs. */
    record Values(Term subject, Map<String, List<Term>> properties) {

        boolean isA(String type) {
            return properties.getOrDefault(TW.RDF_TYPE, List.of()).contains(Term.iri(type));
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

        Term iri(String property) {
            Term value = optional(property, false);
            if (value == null) {
                throw new IllegalArgumentException(subject + " has no " + property);
            }
            return value;
        }

        List<Term> all(String property) {
            return properties.getOrDefault(property, List.of());
        }

        Term optional(String property, boolean literal) {
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

        /** Who ({@code rdfs:label} of the agent) and when. */
        String by(Map<Term, Map<String, List<Term>>> all) {
            Term agent = iri(TW.PROV_WAS_ATTRIBUTED_TO);
            return new Values(agent, all.getOrDefault(agent, Map.of())).text(TW.RDFS_LABEL);
        }

        java.time.Instant at() {
            String at = text(TW.PROV_GENERATED_AT_TIME);
            try {
                return java.time.OffsetDateTime.parse(at).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(subject + ": the time '" + at + "' is not a date and time with a time zone", e);
            }
        }
    }
}
