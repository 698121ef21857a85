package org.threatwright.risk.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.threatwright.risk.decision.FactorOverride;
import org.threatwright.risk.decision.Treatment;
import org.threatwright.risk.feasibility.AttackPotential;
import org.threatwright.risk.feasibility.AttackVector;
import org.threatwright.risk.feasibility.Cvss;
import org.threatwright.risk.feasibility.Factor;
import org.threatwright.risk.method.ImpactCategory;
import org.threatwright.risk.method.RiskMethod;

/**
 * The factors of a risk a person can override under a method, and the check of an override's or a treatment's values
 * against it, so that a wrong name or value is refused before anything is stored.
 */
public final class RiskFactors {

	/** The overall feasibility level, overriding whatever the approach computed. */
	public static final String FEASIBILITY = "feasibility";

	private static final Map<String, Class<? extends Factor>> APPROACH_FACTORS = Map.of("elapsedTime",
			AttackPotential.ElapsedTime.class, "expertise", AttackPotential.Expertise.class, "knowledge",
			AttackPotential.Knowledge.class, "window", AttackPotential.Window.class, "equipment", AttackPotential.Equipment.class,
			"attackVector", AttackVector.class, "attackComplexity", Cvss.Complexity.class, "privilegesRequired",
			Cvss.Privileges.class, "userInteraction", Cvss.Interaction.class);

	private RiskFactors() {
	}

	/** The factor names {@code method} allows: the impact categories, {@code feasibility}, the approach's factors. */
	public static List<String> names(RiskMethod method) {
		List<String> names = new ArrayList<>();
		for (ImpactCategory category : ImpactCategory.values()) {
			names.add(category.factor());
		}
		names.add(FEASIBILITY);
		names.addAll(method.approach().factors());
		return names;
	}

	/**
	 * The values factor {@code factor} can take under {@code method}, in order: the impact scale's levels for an
	 * impact category, the feasibility scale's for {@code feasibility}, the labels of an approach factor. What a person
	 * picks from when overriding it.
	 *
	 * @throws IllegalArgumentException when {@code factor} is not a factor of the method
	 */
	public static List<String> values(RiskMethod method, String factor) {
		if (!names(method).contains(factor)) {
			throw new IllegalArgumentException("'" + factor + "' is not a factor of the method '" + method.name()
					+ "' (expected one of " + String.join(", ", names(method)) + ")");
		}
		if (factor.startsWith("impact.")) {
			return method.impactScale().levels();
		}
		if (factor.equals(FEASIBILITY)) {
			return method.feasibilityScale().levels();
		}
		List<String> labels = new ArrayList<>();
		for (Factor value : APPROACH_FACTORS.get(factor).getEnumConstants()) {
			labels.add(value.label());
		}
		return labels;
	}

	/**
	 * Checks that {@code override} names a factor of {@code method} and a value that factor can take.
	 *
	 * @throws IllegalArgumentException naming the finding, the factor and what is expected
	 */
	public static void check(RiskMethod method, FactorOverride override) {
		String factor = override.factor();
		try {
			if (!names(method).contains(factor)) {
				throw new IllegalArgumentException("'" + factor + "' is not a factor of the method '" + method.name()
						+ "' (expected one of " + String.join(", ", names(method)) + ")");
			}
			if (factor.startsWith("impact.")) {
				method.impactScale().indexOf(override.value());
			} else if (factor.equals(FEASIBILITY)) {
				method.feasibilityScale().indexOf(override.value());
			} else {
				checkLabel(APPROACH_FACTORS.get(factor), factor, override.value());
			}
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("override of " + override.findingId() + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Checks that the residual levels of {@code treatment} are levels of {@code method}'s scales.
	 *
	 * @throws IllegalArgumentException naming the finding and the scale's levels
	 */
	public static void check(RiskMethod method, Treatment treatment) {
		try {
			if (treatment.residualImpact() != null) {
				method.impactScale().indexOf(treatment.residualImpact());
			}
			if (treatment.residualFeasibility() != null) {
				method.feasibilityScale().indexOf(treatment.residualFeasibility());
			}
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("treatment of " + treatment.findingId() + ": " + e.getMessage(), e);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void checkLabel(Class<? extends Factor> type, String factor, String value) {
		Factor.ofLabel((Class) type, factor, value);
	}
}
