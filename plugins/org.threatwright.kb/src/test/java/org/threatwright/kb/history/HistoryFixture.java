package org.threatwright.kb.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.threatwright.kb.Publications;
import org.threatwright.kb.ontology.AnalysisToRdf;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.ModelToRdf;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.model.SystemModel;

/** Snapshots built by hand, with risk, requirement and decision statements as the other parts of the kb write them. */
final class HistoryFixture {

    private final List<Statement> risks = new ArrayList<>();
    private final List<Statement> requirements = new ArrayList<>();
    private final List<Statement> decisions = new ArrayList<>();

    HistoryFixture risk(String findingId, String title, int value, String affectedElementId) {
        Term r = Term.iri(Iris.risk(findingId));
        risks.add(Statement.of(r, TW.RDF_TYPE, Term.iri(TW.RISK)));
        risks.add(Statement.of(r, TW.DCTERMS_IDENTIFIER, Term.literal(findingId)));
        risks.add(Statement.of(r, TW.DCTERMS_TITLE, Term.literal(title)));
        risks.add(Statement.of(r, TW.NS + "riskValue", Term.typed(Integer.toString(value), TW.XSD_INTEGER)));
        risks.add(Statement.of(r, TW.NS + "residualRiskValue", Term.typed(Integer.toString(value), TW.XSD_INTEGER)));
        risks.add(Statement.of(r, TW.AFFECTS, Term.iri(Iris.element(affectedElementId))));
        return this;
    }

    HistoryFixture requirement(String id, String affectedElementId, String evidenceId) {
        Term req = Term.iri(Iris.requirement(id));
        requirements.add(Statement.of(req, TW.RDF_TYPE, Term.iri(TW.SECURITY_REQUIREMENT)));
        requirements.add(Statement.of(req, TW.DCTERMS_IDENTIFIER, Term.literal(id)));
        requirements.add(Statement.of(req, TW.AFFECTS, Term.iri(Iris.element(affectedElementId))));
        Term ev = Term.iri(Iris.evidence(evidenceId));
        requirements.add(Statement.of(ev, TW.RDF_TYPE, Term.iri(TW.VERIFICATION_EVIDENCE)));
        requirements.add(Statement.of(ev, TW.DCTERMS_IDENTIFIER, Term.literal(evidenceId)));
        requirements.add(Statement.of(ev, TW.VERIFIES, req));
        return this;
    }

    HistoryFixture decision(String id, String status, String concernedElementId) {
        Term d = Term.iri(Iris.designDecision(id));
        decisions.add(Statement.of(d, TW.RDF_TYPE, Term.iri(TW.DESIGN_DECISION)));
        decisions.add(Statement.of(d, TW.DCTERMS_IDENTIFIER, Term.literal(id)));
        decisions.add(Statement.of(d, TW.DCTERMS_TITLE, Term.literal("Decision " + id)));
        decisions.add(Statement.of(d, TW.NS + "decisionStatus", Term.iri(TW.NS + status)));
        decisions.add(Statement.of(d, TW.CONCERNS, Term.iri(Iris.element(concernedElementId))));
        return this;
    }

    /** The model as it is now, analysed, with the statements given so far. */
    Snapshot snapshot(String label, SystemModel model) {
        Map<HistoryPart, List<Statement>> parts = new EnumMap<>(HistoryPart.class);
        parts.put(HistoryPart.MODEL, ModelToRdf.map(model));
        parts.put(HistoryPart.ANALYSIS, AnalysisToRdf.map(Publications.register(model), Publications.RULE_SET));
        parts.put(HistoryPart.RISK, List.copyOf(risks));
        parts.put(HistoryPart.REQUIREMENTS, List.copyOf(requirements));
        parts.put(HistoryPart.DECISIONS, List.copyOf(decisions));
        return new Snapshot(model.getId(), label, parts);
    }

    HistoryFixture clearRisks() {
        risks.clear();
        return this;
    }
}
