package org.threatwright.risk.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.analysis.paths.AttackGraph;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;
import org.threatwright.risk.decision.FactorOverride;
import org.threatwright.risk.decision.RiskDecisions;
import org.threatwright.risk.decision.Treatment;
import org.threatwright.risk.method.ImpactCategory;
import org.threatwright.risk.method.RiskMethod;

/**
 * Assesses the risk of every finding of a model under a method, with people's decisions applied:
 * <ol>
 * <li>impact per category by {@link DefaultImpact}, placed on the method's impact scale by position, then the
 * overrides of {@code impact.*}; the overall impact is the worst category (ISO/SAE 21434 leaves the combination to
 * the organisation; the worst case never understates a damage scenario);</li>
 * <li>feasibility of the most feasible path to any subject by {@link PathFeasibility} and the method's approach
 * ({@link FeasibilityDerivation}), then the overrides of the approach's factors, placed on the method's feasibility
 * scale by position, then an override of {@code feasibility} itself;</li>
 * <li>the risk value from the matrix, its level, whether it exceeds the acceptance threshold;</li>
 * <li>the treatment: residual impact and feasibility as a person judged them (unchanged when not given) give the
 * residual value.</li>
 * </ol>
 * Inputs are checked in the constructor: an override or treatment with a factor or value the method does not have is
 * an {@link IllegalArgumentException} naming it. Feasibility is computed once per subject element (one search per
 * entry kind over the whole attack graph), so a run is O(4 · (V + E) log V + F · S) for F findings with S subjects.
 */
public final class RiskAssessor {

	private final RiskMethod method;
	private final SystemModel model;
	private final List<Finding> findings;
	private final RiskDecisions decisions;
	private List<RiskAssessment> assessments;

	/**
	 * @throws IllegalArgumentException when a decision does not fit the method (naming the finding and factor)
	 */
	public RiskAssessor(RiskMethod method, SystemModel model, List<Finding> findings, RiskDecisions decisions) {
		this.method = Objects.requireNonNull(method, "method");
		this.model = Objects.requireNonNull(model, "model");
		this.findings = List.copyOf(findings);
		this.decisions = Objects.requireNonNull(decisions, "decisions");
		decisions.overrides().forEach(override -> RiskFactors.check(method, override));
		decisions.treatments().forEach(treatment -> RiskFactors.check(method, treatment));
	}

	/** The risk of every finding, in the findings' order. */
	public List<RiskAssessment> assessments() {
		if (assessments == null) {
			assessments = new Run().all();
		}
		return assessments;
	}

	/** One assessment pass with its caches. */
	private final class Run {

		private final SubjectIndex subjects = new SubjectIndex(model);
		private final DefaultImpact impact = new DefaultImpact(subjects);
		private final PathFeasibility paths = new PathFeasibility(AttackGraph.of(model), TrustZones.of(model));
		private final FeasibilityDerivation derivation = new FeasibilityDerivation(method.approach());
		private final Map<Element, DerivedFeasibility> perElement = new IdentityHashMap<>();
		private final Comparator<DerivedFeasibility> moreFeasible = Comparator
				.comparing((DerivedFeasibility d) -> d.rating().ordinal()).thenComparingDouble(DerivedFeasibility::score)
				.thenComparing(d -> d.profile() == null ? Integer.MIN_VALUE : -d.profile().hardness());

		List<RiskAssessment> all() {
			List<RiskAssessment> result = new ArrayList<>(findings.size());
			for (Finding finding : findings) {
				result.add(assess(finding));
			}
			return result;
		}

		private RiskAssessment assess(Finding finding) {
			Map<String, FactorOverride> overrides = decisions.overridesOf(finding.id());
			List<String> lines = new ArrayList<>();
			ImpactDerivation defaults = impact.of(finding);
			Map<ImpactCategory, String> impacts = new EnumMap<>(ImpactCategory.class);
			int impactIndex = 0;
			ImpactCategory worst = ImpactCategory.SAFETY;
			for (ImpactCategory category : ImpactCategory.values()) {
				int index = method.impactScale().fromPosition(defaults.levels().get(category), RiskMethod.DEFAULT_IMPACT.size());
				String derived = method.impactScale().level(index);
				FactorOverride override = overrides.get(category.factor());
				if (override != null) {
					index = method.impactScale().indexOf(override.value());
					lines.add("impact " + category.label() + ": " + override.value() + ", overridden by " + override.by() + " on "
							+ override.at() + ": " + override.why() + " (derived: " + derived + ", " + defaults.reasons().get(category) + ")");
				} else {
					lines.add("impact " + category.label() + ": " + derived + " (" + defaults.reasons().get(category) + ")");
				}
				impacts.put(category, method.impactScale().level(index));
				if (index > impactIndex) {
					impactIndex = index;
					worst = category;
				}
			}
			lines.add("impact: " + method.impactScale().level(impactIndex) + ", the worst of the four categories"
					+ (impactIndex > 0 ? " (" + worst.label() + ")" : ""));

			DerivedFeasibility chosen = feasibility(finding, lines);
			Map<String, String> approachOverrides = new LinkedHashMap<>();
			for (String factor : method.approach().factors()) {
				FactorOverride override = overrides.get(factor);
				if (override != null) {
					approachOverrides.put(factor, override.value());
				}
			}
			if (!approachOverrides.isEmpty()) {
				chosen = derivation.derive(chosen.profile(), approachOverrides);
			}
			lines.addAll(chosen.lines());
			int feasibilityIndex = method.feasibilityScale().fromPosition(chosen.rating().ordinal(),
					RiskMethod.DEFAULT_FEASIBILITY.size());
			String computed = method.feasibilityScale().level(feasibilityIndex);
			FactorOverride feasibilityOverride = overrides.get(RiskFactors.FEASIBILITY);
			for (String factor : approachOverrides.keySet()) {
				FactorOverride override = overrides.get(factor);
				lines.add("override of " + factor + " by " + override.by() + " on " + override.at() + ": " + override.why());
			}
			if (feasibilityOverride != null) {
				feasibilityIndex = method.feasibilityScale().indexOf(feasibilityOverride.value());
				lines.add("feasibility: " + feasibilityOverride.value() + ", overridden by " + feasibilityOverride.by() + " on "
						+ feasibilityOverride.at() + ": " + feasibilityOverride.why() + " (computed: " + computed + ")");
			} else {
				lines.add("feasibility: " + computed);
			}

			int value = method.value(impactIndex, feasibilityIndex);
			boolean exceeds = method.exceedsThreshold(value);
			lines.add("risk value " + value + " (" + method.level(value).label() + "): matrix cell impact "
					+ method.impactScale().level(impactIndex) + " × feasibility " + method.feasibilityScale().level(feasibilityIndex)
					+ "; " + (exceeds ? "above" : "within") + " the acceptance threshold " + method.acceptanceThreshold());

			Treatment treatment = decisions.treatmentOf(finding.id());
			int residual = value;
			if (treatment != null) {
				int residualImpact = treatment.residualImpact() == null ? impactIndex
						: method.impactScale().indexOf(treatment.residualImpact());
				int residualFeasibility = treatment.residualFeasibility() == null ? feasibilityIndex
						: method.feasibilityScale().indexOf(treatment.residualFeasibility());
				residual = method.value(residualImpact, residualFeasibility);
				lines.add("treatment: " + treatment.option().label() + " by " + treatment.by() + " on " + treatment.at() + ": "
						+ treatment.rationale() + (treatment.controlIds().isEmpty() ? "" : " (controls " + String.join(", ", treatment.controlIds()) + ")"));
				lines.add("residual risk value " + residual + ": impact " + method.impactScale().level(residualImpact)
						+ (treatment.residualImpact() == null ? " (unchanged)" : " (judged)") + " × feasibility "
						+ method.feasibilityScale().level(residualFeasibility)
						+ (treatment.residualFeasibility() == null ? " (unchanged)" : " (judged)") + "; "
						+ (method.exceedsThreshold(residual) ? "above" : "within") + " the acceptance threshold");
			}
			List<FactorOverride> applied = new ArrayList<>(overrides.values());
			applied.sort(Comparator.comparing(FactorOverride::factor));
			// the first line of every derivation is its path
			String attackPath = chosen.profile() == null ? null : chosen.lines().get(0);
			return new RiskAssessment(finding.id(), title(finding), finding.stride().label(), finding.severity().label(),
					finding.subjects(), impacts, method.impactScale().level(impactIndex), impactIndex,
					method.feasibilityScale().level(feasibilityIndex), feasibilityIndex, chosen.factors(), chosen.detail(),
					attackPath == null ? null : attackPath.substring("path: ".length()), value, method.level(value), exceeds,
					applied, treatment, residual, method.exceedsThreshold(residual), lines);
		}

		/** The most feasible derivation over the subjects' elements, saying which subject it is for. */
		private DerivedFeasibility feasibility(Finding finding, List<String> lines) {
			DerivedFeasibility best = null;
			Element bestElement = null;
			int elements = 0;
			for (ElementRef ref : finding.subjects()) {
				ModelElement subject = subjects.find(ref.id());
				for (Element element : subject == null ? List.<Element>of() : subjects.elementsOf(subject)) {
					elements++;
					DerivedFeasibility candidate = perElement.computeIfAbsent(element, this::ofElement);
					if (best == null || moreFeasible.compare(candidate, best) > 0) {
						best = candidate;
						bestElement = element;
					}
				}
			}
			if (best == null) {
				lines.add("feasibility: the finding is about " + String.join(", ", finding.subjects().stream()
						.map(ref -> ref.kind() + " '" + ref.name() + "'").toList())
						+ ", not about an element an attacker reaches along the model's flows");
				return derivation.derive(null, Map.of());
			}
			if (elements > 1) {
				lines.add("feasibility: the most feasible of the " + elements + " elements the subjects stand for is "
						+ org.threatwright.model.query.ModelElements.kindAndName(bestElement));
			}
			return best;
		}

		private DerivedFeasibility ofElement(Element element) {
			DerivedFeasibility best = null;
			for (PathProfile profile : paths.profiles(element)) {
				DerivedFeasibility candidate = derivation.derive(profile, Map.of());
				if (best == null || moreFeasible.compare(candidate, best) > 0) {
					best = candidate;
				}
			}
			return best != null ? best : derivation.derive(null, Map.of());
		}

		private static String title(Finding finding) {
			ElementRef primary = finding.subjects().get(0);
			return finding.title() + " (" + (primary.name().isEmpty() ? primary.kind() + " " + primary.id() : primary.name()) + ")";
		}
	}
}
