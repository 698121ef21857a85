package org.threatwright.kb.risk;

import java.util.List;
import java.util.Map;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.Statement;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.decision.FactorOverride;
import org.threatwright.risk.decision.TreatmentOption;
import org.threatwright.risk.method.ImpactCategory;
import org.threatwright.risk.method.RiskLevel;
import org.threatwright.risk.method.RiskMethod;

/**
 * Assessed risks as the statements of the risk graph ({@code KnowledgeGraphs.risk}), exactly as the data contract of
 * docs/risk.md says: per finding one {@code tw:Risk} named {@link Iris#risk}, derived from the finding, affecting its
 * subject elements, with its value, residual value, level, threshold flags and treatment concept; plus the impact per
 * category, feasibility, approach factors ({@code tw:hasFactor}), attack path and explanation for traceability and
 * the register; and the product's acceptance threshold.
 */
public final class RiskRdf {

    private RiskRdf() {
    }

    /** The statements of the risk graph of model {@code modelId}. */
    public static List<Statement> map(String modelId, RiskMethod method, List<RiskAssessment> risks) {
        Triples out = new Triples();
        out.integer(Iris.element(modelId), TW.ACCEPTANCE_THRESHOLD, method.acceptanceThreshold());
        for (RiskAssessment risk : risks) {
            add(risk, method, out);
        }
        return out.toList();
    }

    private static void add(RiskAssessment risk, RiskMethod method, Triples out) {
        String iri = Iris.risk(risk.findingId());
        out.type(iri, TW.RISK);
        out.iri(iri, TW.PROV_WAS_DERIVED_FROM, Iris.finding(risk.findingId()));
        out.text(iri, TW.FINDING_ID, risk.findingId());
        out.text(iri, TW.DCTERMS_IDENTIFIER, risk.findingId());
        out.text(iri, TW.DCTERMS_TITLE, risk.title());
        for (ElementRef subject : risk.subjects()) {
            out.iri(iri, TW.AFFECTS, Iris.element(subject.id()));
        }
        out.integer(iri, TW.RISK_VALUE, risk.value());
        out.integer(iri, TW.RESIDUAL_RISK_VALUE, risk.residualValue());
        out.iri(iri, TW.RISK_LEVEL, levelConcept(risk.level()));
        out.bool(iri, TW.EXCEEDS_THRESHOLD, risk.exceedsThreshold());
        out.bool(iri, TW.RESIDUAL_EXCEEDS_THRESHOLD, risk.residualExceedsThreshold());
        if (risk.treatment() != null) {
            out.iri(iri, TW.TREATMENT, treatmentConcept(risk.treatment().option()));
        }
        out.text(iri, TW.IMPACT_RATING, risk.impact());
        out.text(iri, TW.SAFETY_IMPACT, risk.impacts().get(ImpactCategory.SAFETY));
        out.text(iri, TW.FINANCIAL_IMPACT, risk.impacts().get(ImpactCategory.FINANCIAL));
        out.text(iri, TW.OPERATIONAL_IMPACT, risk.impacts().get(ImpactCategory.OPERATIONAL));
        out.text(iri, TW.PRIVACY_IMPACT, risk.impacts().get(ImpactCategory.PRIVACY));
        out.text(iri, TW.FEASIBILITY_RATING, risk.feasibility());
        out.text(iri, TW.FEASIBILITY_APPROACH, method.approach().label());
        out.text(iri, TW.FEASIBILITY_DETAIL, risk.feasibilityDetail());
        out.text(iri, TW.ATTACK_PATH_DESCRIPTION, risk.attackPath());
        out.text(iri, TW.RISK_EXPLANATION, String.join("\n", risk.explanation()));
        Map<String, FactorOverride> overridden = new java.util.HashMap<>();
        risk.overrides().forEach(override -> overridden.put(override.factor(), override));
        for (ImpactCategory category : ImpactCategory.values()) {
            factor(iri, category.factor(), risk.impacts().get(category), overridden, out);
        }
        factor(iri, "feasibility", risk.feasibility(), overridden, out);
        risk.feasibilityFactors().forEach((name, value) -> factor(iri, name, value, overridden, out));
    }

    private static void factor(String risk, String name, String value, Map<String, FactorOverride> overridden, Triples out) {
        String iri = risk + "/factor/" + Iris.encodeSegment(name);
        out.iri(risk, TW.HAS_FACTOR, iri);
        out.type(iri, TW.RISK_FACTOR_VALUE);
        out.text(iri, TW.FACTOR_NAME, name);
        out.text(iri, TW.FACTOR_VALUE, value);
        out.bool(iri, TW.OVERRIDDEN, overridden.containsKey(name));
    }

    /** The concept of a risk level: {@code tw:RiskVeryLow} ... {@code tw:RiskVeryHigh}. */
    public static String levelConcept(RiskLevel level) {
        return switch (level) {
            case VERY_LOW -> TW.RISK_VERY_LOW;
            case LOW -> TW.RISK_LOW;
            case MEDIUM -> TW.RISK_MEDIUM;
            case HIGH -> TW.RISK_HIGH;
            case VERY_HIGH -> TW.RISK_VERY_HIGH;
        };
    }

    /** The concept of a treatment option: {@code tw:TreatmentAvoid} ... */
    public static String treatmentConcept(TreatmentOption option) {
        return switch (option) {
            case AVOID -> TW.TREATMENT_AVOID;
            case REDUCE -> TW.TREATMENT_REDUCE;
            case SHARE -> TW.TREATMENT_SHARE;
            case RETAIN -> TW.TREATMENT_RETAIN;
        };
    }

    /** The option of a treatment concept IRI. */
    static TreatmentOption treatmentOf(String concept) {
        for (TreatmentOption option : TreatmentOption.values()) {
            if (treatmentConcept(option).equals(concept)) {
                return option;
            }
        }
        throw new IllegalArgumentException("not a treatment concept: " + concept);
    }
}
