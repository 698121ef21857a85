package org.threatwright.kb.audit;

import java.util.Optional;

import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ontology.Iris;

/**
 * Which model a graph belongs to, and which graphs are protected. Every graph of a model is named
 * {@code <base><kind>/<model id>[/...]} ({@link KnowledgeGraphs}), so the owner is the second segment; catalogue
 * graphs and graphs outside the base belong to no model.
 */
public final class GraphOwners {

    /** The part of a baseline that holds its description; a baseline exists when this graph is not empty. */
    public static final String BASELINE_MANIFEST_PART = "manifest";

    /** Audit entries of writes that touch no model's graph (e.g. a catalogue loaded on its own). */
    public static final String STORE_AUDIT_GRAPH = KnowledgeGraphs.BASE + "audit";

    private static final String AUDIT_PREFIX = KnowledgeGraphs.BASE + "audit";
    private static final String BASELINE_PREFIX = KnowledgeGraphs.BASE + "baseline/";
    private static final String CATALOGUE_KIND = "catalogue";

    private GraphOwners() {
    }

    /** The id of the model {@code graphIri} belongs to, or empty for catalogues, the default graph and foreign graphs. */
    public static Optional<String> modelIdOf(String graphIri) {
        if (graphIri == null || !graphIri.startsWith(KnowledgeGraphs.BASE)) {
            return Optional.empty();
        }
        String[] segments = graphIri.substring(KnowledgeGraphs.BASE.length()).split("/", -1);
        if (segments.length < 2 || segments[0].equals(CATALOGUE_KIND) || segments[1].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Iris.decodeSegment(segments[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the graph is an audit log (a model's or the store's): only the audit decorator appends to it. */
    public static boolean isAudit(String graphIri) {
        return graphIri != null && (graphIri.equals(AUDIT_PREFIX) || graphIri.startsWith(AUDIT_PREFIX + "/"));
    }

    /** Whether the graph is part of a baseline. */
    public static boolean isBaseline(String graphIri) {
        return graphIri != null && graphIri.startsWith(BASELINE_PREFIX);
    }

    /**
     * The manifest graph of the baseline {@code graphIri} belongs to ({@code baseline/<model>/<name>/manifest}), or
     * empty when it is not a baseline graph of that shape.
     */
    public static Optional<String> baselineManifestOf(String graphIri) {
        if (!isBaseline(graphIri)) {
            return Optional.empty();
        }
        String[] segments = graphIri.substring(BASELINE_PREFIX.length()).split("/", -1);
        if (segments.length != 3 || segments[0].isEmpty() || segments[1].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BASELINE_PREFIX + segments[0] + "/" + segments[1] + "/" + BASELINE_MANIFEST_PART);
    }

    /** Whether the graph is protected: an audit log or a baseline. */
    public static boolean isProtected(String graphIri) {
        return isAudit(graphIri) || isBaseline(graphIri);
    }
}
