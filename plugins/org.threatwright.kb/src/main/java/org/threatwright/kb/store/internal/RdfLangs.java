package org.threatwright.kb.store.internal;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.threatwright.kb.store.RdfFormat;

/** The Jena languages and writer formats behind the store's {@link RdfFormat}s. */
public final class RdfLangs {

    private RdfLangs() {
    }

    public static Lang lang(RdfFormat format) {
        return switch (format) {
            case TURTLE -> Lang.TURTLE;
            case N_TRIPLES -> Lang.NTRIPLES;
            case RDF_XML -> Lang.RDFXML;
            case JSON_LD -> Lang.JSONLD;
            case TRIG -> Lang.TRIG;
            case N_QUADS -> Lang.NQUADS;
        };
    }

    /** Readable output where the format has a pretty form; N-Triples and N-Quads are line-based anyway. */
    public static RDFFormat writerFormat(RdfFormat format) {
        return switch (format) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case N_TRIPLES -> RDFFormat.NTRIPLES;
            case RDF_XML -> RDFFormat.RDFXML_PLAIN;
            case JSON_LD -> RDFFormat.JSONLD;
            case TRIG -> RDFFormat.TRIG_PRETTY;
            case N_QUADS -> RDFFormat.NQUADS;
        };
    }
}
