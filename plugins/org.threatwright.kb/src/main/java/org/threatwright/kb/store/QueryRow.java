package org.threatwright.kb.store;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/** One solution of a SELECT query: variable name (without '?') to term; unbound variables are absent. */
public record QueryRow(Map<String, Term> values) {

    public QueryRow {
        values = Collections.unmodifiableMap(values);
    }

    public Optional<Term> get(String variable) {
        return Optional.ofNullable(values.get(variable));
    }

    /** The lexical value or IRI of a bound variable; fails when it is unbound. */
    public String value(String variable) {
        Term term = values.get(variable);
        if (term == null) {
            throw new IllegalArgumentException("variable ?" + variable + " is not bound in " + values.keySet());
        }
        return term.value();
    }
}
