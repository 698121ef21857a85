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

    /** The assessed risks of the latest published analysis (computed, replaced on every publication). */
    public static String risk(String modelId) {
        return BASE + "risk/" + segment(modelId);
    }

    /**
     * What people decided about risks: the project's risk method, factor overrides and treatments, each with who,
     * when and why. The only copy; never replaced by a publication.
     */
    public static String riskDecisions(String modelId) {
        return BASE + "risk-decisions/" + segment(modelId);
    }

    /** Security requirements, controls and verification evidence of the model: the only copy. */
    public static String requirements(String modelId) {
        return BASE + "requirements/" + segment(modelId);
    }

    /** Design decisions (rationale) about the model: the only copy. */
    public static String designDecisions(String modelId) {
        return BASE + "decisions/" + segment(modelId);
    }

    /** The append-only audit log of every write to the model's knowledge. */
    public static String audit(String modelId) {
        return BASE + "audit/" + segment(modelId);
    }

    /**
     * One graph of a release baseline: {@code baseline/<model id>/<baseline name>/<part>}, where part names the
     * working graph it froze ({@code model}, {@code analysis}, {@code triage}, ...).
     */
    public static String baseline(String modelId, String baselineName, String part) {
        return BASE + "baseline/" + segment(modelId) + "/" + segment(baselineName) + "/" + segment(part);
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
