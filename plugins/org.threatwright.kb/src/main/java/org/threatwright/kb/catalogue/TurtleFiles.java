package org.threatwright.kb.catalogue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.threatwright.kb.store.RdfSyntaxException;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/** Reads Turtle into statements with Jena, keeping Jena types out of the catalogue API. */
final class TurtleFiles {

    private TurtleFiles() {
    }

    /**
     * Parses one Turtle document completely; a syntax error throws {@link RdfSyntaxException} naming the source,
     * line and column, and nothing is returned.
     */
    static List<Statement> parse(InputStream in, String sourceName) {
        List<Statement> out = new ArrayList<>();
        ErrorHandler strict = new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                throw new RdfSyntaxException(sourceName, line, col, message, null);
            }

            @Override
            public void error(String message, long line, long col) {
                throw new RdfSyntaxException(sourceName, line, col, message, null);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new RdfSyntaxException(sourceName, line, col, message, null);
            }
        };
        try {
            RDFParser.source(in).lang(Lang.TURTLE)
                    .errorHandler(strict).parse(new StreamRDFBase() {
                        @Override
                        public void triple(Triple t) {
                            out.add(new Statement(term(t.getSubject()), term(t.getPredicate()), term(t.getObject())));
                        }
                    });
        } catch (RdfSyntaxException e) {
            throw e;
        } catch (RiotException e) {
            throw new RdfSyntaxException(sourceName, 0, 0, e.getMessage(), e);
        }
        return out;
    }

    static Term term(Node n) {
        if (n.isURI()) {
            return Term.iri(n.getURI());
        }
        if (n.isBlank()) {
            return Term.blank(n.getBlankNodeLabel());
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return Term.langString(n.getLiteralLexicalForm(), lang);
            }
            return Term.typed(n.getLiteralLexicalForm(), n.getLiteralDatatypeURI());
        }
        throw new IllegalArgumentException("unsupported RDF term: " + n);
    }
}
