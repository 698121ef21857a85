package org.threatwright.kb.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/** A small read-only index over statements, by subject. Duplicate statements are kept once. */
final class Triples {

    private final List<Statement> all;
    private final Map<Term, List<Statement>> bySubject = new LinkedHashMap<>();

    Triples(Collection<Statement> statements) {
        this.all = List.copyOf(new LinkedHashSet<>(statements));
        for (Statement s : all) {
            bySubject.computeIfAbsent(s.subject(), k -> new ArrayList<>()).add(s);
        }
    }

    List<Statement> all() {
        return all;
    }

    Set<Term> subjects() {
        return bySubject.keySet();
    }

    List<Statement> about(Term subject) {
        return bySubject.getOrDefault(subject, List.of());
    }

    List<Term> values(Term subject, String predicate) {
        List<Term> out = new ArrayList<>();
        for (Statement s : about(subject)) {
            if (s.predicate().value().equals(predicate)) {
                out.add(s.object());
            }
        }
        return out;
    }

    Optional<Term> value(Term subject, String predicate) {
        List<Term> v = values(subject, predicate);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** The lexical form or IRI of the first value, or null. */
    String text(Term subject, String predicate) {
        return value(subject, predicate).map(Term::value).orElse(null);
    }

    boolean flag(Term subject, String predicate) {
        return value(subject, predicate).map(t -> "true".equals(t.value()) || "1".equals(t.value())).orElse(false);
    }

    boolean hasType(Term subject, String typeIri) {
        return values(subject, CatalogueVocabulary.RDF_TYPE).contains(Term.iri(typeIri));
    }

    List<Term> ofType(String typeIri) {
        List<Term> out = new ArrayList<>();
        for (Term s : bySubject.keySet()) {
            if (hasType(s, typeIri)) {
                out.add(s);
            }
        }
        return out;
    }
}
