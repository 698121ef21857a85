package org.threatwright.kb;

import java.util.Objects;

import org.threatwright.kb.ontology.Iris;

/**
 * The named graphs a product's knowledge base is split into. A model's graphs are named by the model id, so one
 * store (a shared Fuseki server) can hold several products side by side; each is replaced as a whole.
 */
public final class KnowledgeGraphs {

    /** Base of every graph name. */
    public static final String BASE = "https://threatwright.org/graph/";

    private KnowledgeGraphs() {
    }

    /** The model's own statements ({@code ModelToRdf}). */
    public static String model(String modelId) {
        return BASE + "model/" + segment(modelId);
    }

    /** The latest published analysis of the model ({@code AnalysisToRdf}), plus when and from what it was published. */
    public static String analysis(String modelId) {
        return BASE + "analysis/" + segment(modelId);
    }

    /** What people decided about the model's findings ({@code TriageRdf}): the only copy of the decisions. */
    public static String triage(String modelId) {
        return BASE + "triage/" + segment(modelId);
    }

    /** A built-in catalogue file's statements, e.g. {@code catalogue/iotsf-2.4.3} for {@code iotsf-2.4.3.ttl}. */
    public static String catalogue(String builtInFile) {
        String stem = builtInFile.endsWith(".ttl") ? builtInFile.substring(0, builtInFile.length() - 4) : builtInFile;
        return BASE + "catalogue/" + segment(stem);
    }

    private static String segment(String raw) {
        return Iris.encodeSegment(Objects.requireNonNull(raw, "id"));
    }
}
