package org.threatwright.kb.history;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.kb.ontology.AnalysisToRdf;
import org.threatwright.kb.ontology.ModelToRdf;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.Statement;
import org.threatwright.model.SystemModel;

/**
 * The working state of a model as a {@link Snapshot} labelled {@value Baselines#WORKING}: the model as it is in its
 * file now and its analysis now (mapped here, so nothing needs publishing first), with triage, risks, risk decisions,
 * requirements and design decisions as the store's working graphs hold them.
 */
public final class WorkingSnapshot {

    private WorkingSnapshot() {
    }

    /** The working snapshot of {@code model} analysed into {@code register} with {@code ruleSet}. */
    public static Snapshot of(KnowledgeStore store, SystemModel model, ThreatRegister register,
            Collection<RuleDescriptor> ruleSet) {
        String modelId = model.getId();
        Map<HistoryPart, List<Statement>> parts = new EnumMap<>(HistoryPart.class);
        parts.put(HistoryPart.MODEL, ModelToRdf.map(model));
        parts.put(HistoryPart.ANALYSIS, AnalysisToRdf.map(register, ruleSet));
        store.read(reader -> {
            for (HistoryPart part : List.of(HistoryPart.TRIAGE, HistoryPart.RISK, HistoryPart.RISK_DECISIONS,
                    HistoryPart.REQUIREMENTS, HistoryPart.DECISIONS)) {
                parts.put(part, reader.statements(part.workingGraph(modelId)));
            }
            return null;
        });
        return new Snapshot(modelId, Baselines.WORKING, parts);
    }
}
