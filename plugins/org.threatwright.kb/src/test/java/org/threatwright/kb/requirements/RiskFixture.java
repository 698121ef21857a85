package org.threatwright.kb.requirements;

import java.util.ArrayList;
import java.util.List;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/**
 * Writes risks into a model's risk graph exactly as the data contract with the risk assessment says (the risk
 * assessment publishes them in the product), so that derivation and the gate can be tested on their own.
 */
public final class RiskFixture {

    private final String modelId;
    private final int threshold;
    private final List<Statement> statements = new ArrayList<>();

    public RiskFixture(String modelId, int threshold) {
        this.modelId = modelId;
        this.threshold = threshold;
        add(Iris.element(modelId), PublishedRisks.ACCEPTANCE_THRESHOLD, integer(threshold));
    }

    /** A risk of {@code finding} with this value and residual value; {@code treatment} is a local name or null. */
    public RiskFixture risk(Finding finding, int value, int residual, String treatment) {
        String risk = Iris.risk(finding.id());
        add(risk, TW.RDF_TYPE, Term.iri(TW.RISK));
        add(risk, TW.PROV_WAS_DERIVED_FROM, Term.iri(Iris.finding(finding.id())));
        add(risk, TW.FINDING_ID, Term.literal(finding.id()));
        add(risk, TW.DCTERMS_IDENTIFIER, Term.literal(finding.id()));
        add(risk, TW.DCTERMS_TITLE, Term.literal(finding.title() + " (" + finding.subjects().get(0).name() + ")"));
        for (ElementRef subject : finding.subjects()) {
            add(risk, TW.AFFECTS, Term.iri(Iris.element(subject.id())));
        }
        add(risk, PublishedRisks.RISK_VALUE, integer(value));
        add(risk, PublishedRisks.RESIDUAL_RISK_VALUE, integer(residual));
        add(risk, TW.RISK_LEVEL, Term.iri(TW.NS + List.of("RiskVeryLow", "RiskLow", "RiskMedium", "RiskHigh", "RiskVeryHigh")
                .get(Math.max(0, Math.min(4, value - 1)))));
        add(risk, PublishedRisks.EXCEEDS_THRESHOLD, bool(value > threshold));
        add(risk, PublishedRisks.RESIDUAL_EXCEEDS_THRESHOLD, bool(residual > threshold));
        if (treatment != null) {
            add(risk, TW.TREATMENT, Term.iri(TW.NS + "Treatment" + treatment));
        }
        return this;
    }

    /** Replaces the model's risk graph with the risks given so far. */
    public void publish(KnowledgeStore store) {
        store.writeAll(writer -> writer.replaceGraph(KnowledgeGraphs.risk(modelId), statements));
    }

    private void add(String subject, String predicate, Term object) {
        statements.add(Statement.of(Term.iri(subject), predicate, object));
    }

    private static Term integer(int value) {
        return Term.typed(Integer.toString(value), TW.XSD_INTEGER);
    }

    private static Term bool(boolean value) {
        return Term.typed(Boolean.toString(value), TW.XSD_BOOLEAN);
    }
}
