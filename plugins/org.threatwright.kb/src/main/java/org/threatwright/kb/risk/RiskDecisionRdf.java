package org.threatwright.kb.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.risk.decision.FactorOverride;
import org.threatwright.risk.decision.RiskDecisions;
import org.threatwright.risk.decision.Treatment;
import org.threatwright.risk.method.RiskMethodFiles;

/**
 * People's risk decisions as the statements of the risk-decisions graph and back: the project's method (a
 * {@code tw:RiskMethod} holding its JSON file, {@code tw:methodDefinition}), factor overrides
 * ({@code tw:RiskFactorOverride}, one per finding and factor, IRI {@code <risk>/override/<factor>}) and treatments
 * ({@code tw:RiskTreatmentDecision}, one per finding, IRI {@code <risk>/treatment}), each attributed to who decided
 * and when (PROV-O).
 */
public final class RiskDecisionRdf {

    private RiskDecisionRdf() {
    }

    /** The IRI of model {@code modelId}'s risk method. */
    public static String methodIri(String modelId) {
        return Iris.BASE + "risk-method/" + Iris.encodeSegment(modelId);
    }

    /** The statements of the decisions graph: the method (null: none set) and the decisions. */
    public static List<Statement> toStatements(String modelId, StoredMethod method, RiskDecisions decisions) {
        Triples out = new Triples();
        if (method != null) {
            String iri = methodIri(modelId);
            out.type(iri, TW.RISK_METHOD);
            out.text(iri, TW.RDFS_LABEL, method.method().name());
            out.text(iri, TW.METHOD_DEFINITION, RiskMethodFiles.toJson(method.method()));
            out.text(iri, TW.FEASIBILITY_APPROACH, method.method().approach().label());
            out.integer(iri, TW.ACCEPTANCE_THRESHOLD, method.method().acceptanceThreshold());
            out.attributed(iri, method.by(), method.at());
        }
        for (FactorOverride override : decisions.overrides()) {
            String iri = Iris.risk(override.findingId()) + "/override/" + Iris.encodeSegment(override.factor());
            out.type(iri, TW.RISK_FACTOR_OVERRIDE);
            out.text(iri, TW.FINDING_ID, override.findingId());
            out.iri(iri, TW.ABOUT_RISK, Iris.risk(override.findingId()));
            out.text(iri, TW.FACTOR_NAME, override.factor());
            out.text(iri, TW.FACTOR_VALUE, override.value());
            out.text(iri, TW.JUSTIFICATION, override.why());
            out.attributed(iri, override.by(), override.at());
        }
        for (Treatment treatment : decisions.treatments()) {
            String iri = Iris.risk(treatment.findingId()) + "/treatment";
            out.type(iri, TW.RISK_TREATMENT_DECISION);
            out.text(iri, TW.FINDING_ID, treatment.findingId());
            out.iri(iri, TW.ABOUT_RISK, Iris.risk(treatment.findingId()));
            out.iri(iri, TW.TREATMENT, RiskRdf.treatmentConcept(treatment.option()));
            out.text(iri, TW.JUSTIFICATION, treatment.rationale());
            for (String control : treatment.controlIds()) {
                out.iri(iri, TW.LINKED_CONTROL, Iris.control(control));
            }
            out.text(iri, TW.RESIDUAL_IMPACT, treatment.residualImpact());
            out.text(iri, TW.RESIDUAL_FEASIBILITY, treatment.residualFeasibility());
            out.attributed(iri, treatment.by(), treatment.at());
        }
        return out.toList();
    }

    /** What a decisions graph holds. */
    public record Stored(StoredMethod method, RiskDecisions decisions) {
    }

    /**
     * The method and decisions among {@code statements} (others are ignored).
     *
     * @throws IllegalArgumentException naming the record when one is incomplete or malformed (a stored method file
     *                                  that no longer parses included)
     */
    public static Stored fromStatements(Collection<Statement> statements) {
        Map<Term, Map<String, List<Term>>> all = Triples.bySubject(statements);
        StoredMethod method = null;
        List<FactorOverride> overrides = new ArrayList<>();
        List<Treatment> treatments = new ArrayList<>();
        for (Map.Entry<Term, Map<String, List<Term>>> entry : all.entrySet()) {
            Triples.Values values = new Triples.Values(entry.getKey(), entry.getValue());
            try {
                if (values.isA(TW.RISK_METHOD)) {
                    method = new StoredMethod(RiskMethodFiles.parse(values.text(TW.METHOD_DEFINITION), entry.getKey().value()),
                            values.by(all), values.at());
                } else if (values.isA(TW.RISK_FACTOR_OVERRIDE)) {
                    overrides.add(new FactorOverride(values.text(TW.FINDING_ID), values.text(TW.FACTOR_NAME),
                            values.text(TW.FACTOR_VALUE), values.by(all), values.at(), values.text(TW.JUSTIFICATION)));
                } else if (values.isA(TW.RISK_TREATMENT_DECISION)) {
                    List<String> controls = values.all(TW.LINKED_CONTROL).stream().map(term -> controlId(term.value())).sorted()
                            .toList();
                    treatments.add(new Treatment(values.text(TW.FINDING_ID), RiskRdf.treatmentOf(values.iri(TW.TREATMENT).value()),
                            values.text(TW.JUSTIFICATION), controls, values.optionalText(TW.RESIDUAL_IMPACT),
                            values.optionalText(TW.RESIDUAL_FEASIBILITY), values.by(all), values.at()));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().startsWith(entry.getKey().toString()) ? e.getMessage()
                        : entry.getKey() + ": " + e.getMessage(), e);
            }
        }
        return new Stored(method, new RiskDecisions(overrides, treatments));
    }

    private static String controlId(String iri) {
        if (!iri.startsWith(Iris.CONTROL)) {
            throw new IllegalArgumentException("not a control IRI: " + iri);
        }
        return Iris.decodeSegment(iri.substring(Iris.CONTROL.length()));
    }
}
