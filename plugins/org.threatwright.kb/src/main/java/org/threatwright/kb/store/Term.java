package org.threatwright.kb.store;

import java.util.Objects;

/**
 * One RDF term, as the knowledge base's callers see it: an IRI, a literal (with datatype IRI or language
 * tag) or a blank node. Kept free of Jena types so that callers never depend on the RDF library.
 */
public record Term(Kind kind, String value, String datatype, String language) {

    /** XML Schema string, the datatype of a plain literal. */
    public static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    /** RDF language-tagged string. */
    public static final String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    /** The three kinds of RDF term. */
    public enum Kind { IRI, LITERAL, BLANK }

    public Term {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (kind == Kind.LITERAL) {
            if (language != null && !language.isEmpty()) {
                datatype = RDF_LANG_STRING;
            } else if (datatype == null) {
                datatype = XSD_STRING;
            }
        } else if (datatype != null || language != null) {
            throw new IllegalArgumentException(kind + " term cannot have a datatype or language: " + value);
        }
        if (kind == Kind.IRI && value.isEmpty()) {
            throw new IllegalArgumentException("empty IRI");
        }
    }

    public static Term iri(String iri) {
        return new Term(Kind.IRI, iri, null, null);
    }

    public static Term literal(String lexical) {
        return new Term(Kind.LITERAL, lexical, XSD_STRING, null);
    }

    public static Term typed(String lexical, String datatypeIri) {
        return new Term(Kind.LITERAL, lexical, Objects.requireNonNull(datatypeIri, "datatype"), null);
    }

    public static Term langString(String lexical, String languageTag) {
        return new Term(Kind.LITERAL, lexical, RDF_LANG_STRING, Objects.requireNonNull(languageTag, "language"));
    }

    public static Term blank(String label) {
        return new Term(Kind.BLANK, label, null, null);
    }

    public boolean isIri() {
        return kind == Kind.IRI;
    }

    public boolean isLiteral() {
        return kind == Kind.LITERAL;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case IRI -> "<" + value + ">";
            case BLANK -> "_:" + value;
            case LITERAL -> language != null && !language.isEmpty() ? '"' + value + "\"@" + language
                    : XSD_STRING.equals(datatype) ? '"' + value + '"' : '"' + value + "\"^^<" + datatype + ">";
        };
    }
}
