package org.threatwright.kb.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A SPARQL query or update with named parameters. Parameters are written as variables ({@code ?element})
 * in the text and bound here to terms; back ends substitute them as RDF terms (never as text), so a value
 * typed by a user cannot change the query's structure.
 */
public final class Sparql {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String text;
    private final Map<String, Term> bindings;

    private Sparql(String text, Map<String, Term> bindings) {
        this.text = text;
        this.bindings = bindings;
    }

    /** Starts from a fixed query text (a constant of the calling code, never user input). */
    public static Sparql of(String text) {
        Objects.requireNonNull(text, "text");
        return new Sparql(text, new LinkedHashMap<>());
    }

    public Sparql bind(String variable, Term value) {
        if (!VARIABLE_NAME.matcher(variable).matches()) {
            throw new IllegalArgumentException("not a SPARQL variable name: " + variable);
        }
        bindings.put(variable, Objects.requireNonNull(value, "value"));
        return this;
    }

    public Sparql bindIri(String variable, String iri) {
        return bind(variable, Term.iri(iri));
    }

    public Sparql bindLiteral(String variable, String lexical) {
        return bind(variable, Term.literal(lexical));
    }

    public String text() {
        return text;
    }

    public Map<String, Term> bindings() {
        return Collections.unmodifiableMap(bindings);
    }
}
