package org.threatwright.kb.ontology;

import java.io.InputStream;

/**
 * The ontology and its SHACL shapes as they ship inside this bundle (copied from {@code models/ontology} at build
 * time), both Turtle.
 */
public final class OntologyResources {

    /** Classpath location of the ontology. */
    public static final String ONTOLOGY = "/ontology/threatwright.ttl";
    /** Classpath location of the integrity shapes. */
    public static final String SHAPES = "/ontology/threatwright-shapes.ttl";

    private OntologyResources() {
    }

    /** Opens the ontology; the caller closes the stream. */
    public static InputStream openOntology() {
        return open(ONTOLOGY);
    }

    /** Opens the shapes; the caller closes the stream. */
    public static InputStream openShapes() {
        return open(SHAPES);
    }

    private static InputStream open(String resource) {
        InputStream in = OntologyResources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the bundle lacks " + resource + " (models/ontology is copied in by the build)");
        }
        return in;
    }
}
