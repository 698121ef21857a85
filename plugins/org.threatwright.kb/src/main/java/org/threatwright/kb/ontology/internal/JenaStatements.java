package org.threatwright.kb.ontology.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/**
 * Converts the store's library-free statements to Jena triples and back, for the places inside the bundle that
 * hand statements to Jena (SHACL validation, writing Turtle). Blank nodes keep their labels.
 */
public final class JenaStatements {

    private JenaStatements() {
    }

    public static Node toNode(Term term) {
        return switch (term.kind()) {
            case IRI -> NodeFactory.createURI(term.value());
            case BLANK -> NodeFactory.createBlankNode(term.value());
            case LITERAL -> term.language() != null && !term.language().isEmpty()
                    ? NodeFactory.createLiteralLang(term.value(), term.language())
                    : NodeFactory.createLiteralDT(term.value(), TypeMapper.getInstance().getSafeTypeByName(term.datatype()));
        };
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
            return language == null || language.isEmpty() ? Term.typed(node.getLiteralLexicalForm(), node.getLiteralDatatypeURI())
                    : Term.langString(node.getLiteralLexicalForm(), language);
        }
        throw new IllegalArgumentException("not an RDF term of a stored triple: " + node);
    }

    public static Triple toTriple(Statement statement) {
        return Triple.create(toNode(statement.subject()), toNode(statement.predicate()), toNode(statement.object()));
    }

    public static Statement toStatement(Triple triple) {
        return new Statement(toTerm(triple.getSubject()), toTerm(triple.getPredicate()), toTerm(triple.getObject()));
    }

    /** A new in-memory graph holding {@code statements}. */
    public static Graph toGraph(Collection<Statement> statements) {
        Graph graph = GraphFactory.createDefaultGraph();
        statements.forEach(statement -> graph.add(toTriple(statement)));
        return graph;
    }

    /** The triples of {@code graph} as statements, in the graph's iteration order. */
    public static List<Statement> toStatements(Graph graph) {
        List<Statement> statements = new ArrayList<>();
        graph.find().forEachRemaining(triple -> statements.add(toStatement(triple)));
        return statements;
    }
}
