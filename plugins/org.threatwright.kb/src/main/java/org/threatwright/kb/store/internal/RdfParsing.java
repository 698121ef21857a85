package org.threatwright.kb.store.internal;

import java.io.InputStream;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.threatwright.kb.store.RdfFormat;
import org.threatwright.kb.store.RdfSyntaxException;

/** Parses RDF input for the stores, turning every syntax error into an {@link RdfSyntaxException}. */
public final class RdfParsing {

    /**
     * Relative IRIs in loaded files resolve against this, not against the working directory (Jena's default),
     * so that no machine path ends up in the knowledge base and the result does not depend on where it ran.
     */
    public static final String BASE = "urn:x-threatwright:relative/";

    private RdfParsing() {
    }

    /** Sends the parsed triples or quads of {@code in} to {@code sink}; stops at the first error. */
    public static void parse(InputStream in, RdfFormat format, String sourceName, StreamRDF sink) {
        try {
            RDFParser.source(in).lang(RdfLangs.lang(format)).base(BASE).errorHandler(new Strict(sourceName)).parse(sink);
        } catch (RdfSyntaxException e) {
            throw e;
        } catch (RiotParseException e) {
            throw new RdfSyntaxException(sourceName, e.getLine(), e.getCol(), e.getOriginalMessage(), e);
        } catch (RiotException e) {
            throw new RdfSyntaxException(sourceName, 0, 0, rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : e.getMessage();
    }

    /** Ignores warnings (Jena's are advice, like unusual IRIs); stops at the first error, placed. */
    private record Strict(String sourceName) implements ErrorHandler {

        @Override
        public void warning(String message, long line, long col) {
            // advice only: the data is still well-formed
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RdfSyntaxException(sourceName, Math.max(line, 0), Math.max(col, 0), message, null);
        }

        @Override
        public void fatal(String message, long line, long col) {
            error(message, line, col);
        }
    }
}
