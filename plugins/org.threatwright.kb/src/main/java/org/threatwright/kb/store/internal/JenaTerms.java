package org.threatwright.kb.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/**
 * Converts between the store's own terms and Jena nodes. Every term going into Jena is checked here so that
 * nothing can be stored or substituted that would break out of its place when written as SPARQL, Turtle or
 * N-Triples text (a remote store sends queries as text).
 */
public final class JenaTerms {

    /** Characters SPARQL and N-Triples do not allow in an IRI reference besides space and controls. */
    private static final String IRI_FORBIDDEN = "<>\"{}|^`\\";
    /** The datatypes the mappings write, looked up once: the type mapper's lookup showed up when loading millions. */
    private static final Map<String, RDFDatatype> DATATYPES = new ConcurrentHashMap<>();
    /** BCP 47 shape as the RDF grammars accept it. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]+(-[A-Za-z0-9]+)*");
    /** Blank node labels Jena and the RDF syntaxes write without escaping. */
    private static final Pattern BLANK_LABEL = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:\\-]*");

    private JenaTerms() {
    }

    public static Node toNode(Term term) {
        return switch (term.kind()) {
            case IRI -> NodeFactory.createURI(checkedIri(term.value()));
            case BLANK -> NodeFactory.createBlankNode(checkedBlankLabel(term.value()));
            case LITERAL -> literal(term);
        };
    }

    /** The graph node for an IRI, or null (meaning the default graph) for null. */
    public static Node graphNode(String graphIri) {
        return graphIri == null ? null : NodeFactory.createURI(checkedIri(graphIri));
    }

    private static Node literal(Term term) {
        if (term.language() != null && !term.language().isEmpty()) {
            if (!LANGUAGE_TAG.matcher(term.language()).matches()) {
                throw new IllegalArgumentException("not a language tag: " + term.language());
            }
            return NodeFactory.createLiteralLang(term.value(), term.language());
        }
        if (Term.XSD_STRING.equals(term.datatype())) {
            return NodeFactory.createLiteralString(term.value());
        }
        RDFDatatype datatype = DATATYPES.get(term.datatype());
        if (datatype == null) {
            datatype = TypeMapper.getInstance().getSafeTypeByName(checkedIri(term.datatype()));
            if (DATATYPES.size() < 256) { // a bounded cache: datatypes in a store are few, but input is not trusted
                DATATYPES.put(term.datatype(), datatype);
            }
        }
        return NodeFactory.createLiteralDT(term.value(), datatype);
    }

    public static Term toTerm(Node node) {
        if (node.isURI()) {
            return Term.iri(node.getURI());
        }
        if (node.isBlank()) {
            return Term.blank(node.getBlankNodeLabel());
        }
        if (node.isLiteral()) {
            String language = node.getLiteralLanguage();
            if (language != null && !language.isEmpty()) {
                return Term.langString(node.getLiteralLexicalForm(), language);
            }
            return Term.typed(node.getLiteralLexicalForm(), node.getLiteralDatatypeURI());
        }
        throw new IllegalArgumentException("not an RDF term the store hands out: " + node);
    }

    public static Triple toTriple(Statement statement) {
        return Triple.create(toNode(statement.subject()), toNode(statement.predicate()), toNode(statement.object()));
    }

    public static Statement toStatement(Triple triple) {
        return new Statement(toTerm(triple.getSubject()), toTerm(triple.getPredicate()), toTerm(triple.getObject()));
    }

    public static List<Triple> toTriples(Collection<Statement> statements) {
        List<Triple> triples = new ArrayList<>(statements.size());
        for (Statement statement : statements) {
            triples.add(toTriple(statement));
        }
        return triples;
    }

    public static String checkedIri(String iri) {
        if (iri.isEmpty() || hasForbiddenCharacter(iri)) {
            throw new IllegalArgumentException("not an IRI (empty, or with a space, a control character or one of <>\"{}|^`\\): "
                    + iri);
        }
        return iri;
    }

    /** A plain loop rather than a regular expression: every IRI of every write passes here. */
    private static boolean hasForbiddenCharacter(String iri) {
        for (int i = 0, n = iri.length(); i < n; i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || IRI_FORBIDDEN.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String checkedBlankLabel(String label) {
        if (!BLANK_LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("not a blank node label: " + label);
        }
        return label;
    }
}
