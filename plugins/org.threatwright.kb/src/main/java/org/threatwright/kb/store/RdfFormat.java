package org.threatwright.kb.store;

/** RDF serialisations the knowledge base reads and writes. */
public enum RdfFormat {
    TURTLE("ttl", false), N_TRIPLES("nt", false), RDF_XML("rdf", false), JSON_LD("jsonld", false),
    TRIG("trig", true), N_QUADS("nq", true);

    private final String extension;
    private final boolean quads;

    RdfFormat(String extension, boolean quads) {
        this.extension = extension;
        this.quads = quads;
    }

    /** Usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the format carries named graphs. */
    public boolean carriesGraphs() {
        return quads;
    }
}
