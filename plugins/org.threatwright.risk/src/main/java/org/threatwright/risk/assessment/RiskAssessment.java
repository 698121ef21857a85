package org.threatwright.risk.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.risk.decision.FactorOverride;
import org.threatwright.risk.decision.Treatment;
import org.threatwright.risk.method.ImpactCategory;
import org.threatwright.risk.method.RiskLevel;

/**
 * The risk of one finding: impact per category and overall, attack feasibility with its factors, the value from the
 * matrix and its level, the threshold check, the overrides and treatment applied, and every step of the computation
 * in plain words ({@link #explanation()}).
 *
 * @param findingId                the finding (the risk is identified by it)
 * @param title                    the finding's title and primary subject, readable
 * @param stride                   the finding's STRIDE category label
 * @param severity                 the finding's severity label
 * @param subjects                 the finding's subjects
 * @param impacts                  impact level per category (names of the method's impact scale)
 * @param impact                   the overall impact: the worst category
 * @param impactIndex              its position on the impact scale (0 = lowest)
 * @param feasibility              the feasibility level (name on the method's feasibility scale)
 * @param feasibilityIndex         its position on the feasibility scale
 * @param feasibilityFactors       the approach's factors as used (after overrides)
 * @param feasibilityDetail        the feasibility computation in one phrase
 * @param attackPath               the most feasible path in one line, or null when none reaches a subject
 * @param value                    the initial risk value (1..max)
 * @param level                    the risk level of that value
 * @param exceedsThreshold         value above the method's acceptance threshold
 * @param overrides                the overrides applied, by factor
 * @param treatment                the treatment decided, or null
 * @param residualValue            the value after treatment (equal to the value when nothing lowers it)
 * @param residualExceedsThreshold residual value above the threshold
 * @param explanation              how each factor and the value were computed, one line each
 */
public record RiskAssessment(String findingId, String title, String stride, String severity, List<ElementRef> subjects,
		Map<ImpactCategory, String> impacts, String impact, int impactIndex, String feasibility, int feasibilityIndex,
		Map<String, String> feasibilityFactors, String feasibilityDetail, String attackPath, int value, RiskLevel level,
		boolean exceedsThreshold, List<FactorOverride> overrides, Treatment treatment, int residualValue,
		boolean residualExceedsThreshold, List<String> explanation) {

	public RiskAssessment {
		subjects = List.copyOf(subjects);
		impacts = Collections.unmodifiableMap(new EnumMap<>(impacts));
		feasibilityFactors = Collections.unmodifiableMap(new LinkedHashMap<>(feasibilityFactors));
		overrides = List.copyOf(overrides);
		explanation = List.copyOf(explanation);
	}
}
