package org.threatwright.kb.history;

import java.util.function.Function;

import org.threatwright.kb.KnowledgeGraphs;

/**
 * The working graphs of a model that a baseline freezes, by the part name they get in the baseline
 * ({@link KnowledgeGraphs#baseline}): the model, its analysis, triage, risks, risk decisions, requirements (with
 * controls and verification evidence) and design decisions. Parts whose working graph is empty are left out.
 */
public enum HistoryPart {
    MODEL("model", KnowledgeGraphs::model),
    ANALYSIS("analysis", KnowledgeGraphs::analysis),
    TRIAGE("triage", KnowledgeGraphs::triage),
    RISK("risk", KnowledgeGraphs::risk),
    RISK_DECISIONS("risk-decisions", KnowledgeGraphs::riskDecisions),
    REQUIREMENTS("requirements", KnowledgeGraphs::requirements),
    DECISIONS("decisions", KnowledgeGraphs::designDecisions);

    private final String partName;
    private final Function<String, String> workingGraph;

    HistoryPart(String partName, Function<String, String> workingGraph) {
        this.partName = partName;
        this.workingGraph = workingGraph;
    }

    /** The name of the part in a baseline's graph names and manifest. */
    public String partName() {
        return partName;
    }

    /** The working graph of the model this part copies. */
    public String workingGraph(String modelId) {
        return workingGraph.apply(modelId);
    }

    /** The graph of this part in a baseline. */
    public String baselineGraph(String modelId, String baselineName) {
        return KnowledgeGraphs.baseline(modelId, baselineName, partName);
    }

    /** The part with this name. */
    public static HistoryPart ofName(String name) {
        for (HistoryPart part : values()) {
            if (part.partName.equals(name)) {
                return part;
            }
        }
        throw new IllegalArgumentException("unknown baseline part '" + name + "'");
    }
}
