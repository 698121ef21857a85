package org.threatwright.risk.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.threatwright.analysis.paths.AttackStep;
import org.threatwright.model.Element;
import org.threatwright.model.query.ModelElements;
import org.threatwright.risk.feasibility.AttackPotential;
import org.threatwright.risk.feasibility.AttackPotential.ElapsedTime;
import org.threatwright.risk.feasibility.AttackPotential.Equipment;
import org.threatwright.risk.feasibility.AttackPotential.Expertise;
import org.threatwright.risk.feasibility.AttackPotential.Knowledge;
import org.threatwright.risk.feasibility.AttackPotential.Window;
import org.threatwright.risk.feasibility.AttackVector;
import org.threatwright.risk.feasibility.Cvss;
import org.threatwright.risk.feasibility.Factor;
import org.threatwright.risk.method.FeasibilityApproach;

/**
 * Rates the feasibility of one attack path with one approach, deriving the approach's factors from the path (or
 * from the absence of a path), then applying a person's factor overrides. The default derivation (docs/risk.md):
 * <ul>
 * <li>attack potential: elapsed time, expertise and knowledge of the item grow with the path's hardness; window of
 * opportunity and equipment follow from the kind of entry point;</li>
 * <li>CVSS: AV from the kind of entry point, AC high from hardness 3 on, PR from the authentications met on the way
 * (none, one: low, two or more: high), UI none (user interaction is not in the model);</li>
 * <li>attack vector: from the kind of entry point.</li>
 * </ul>
 * A subject no entry point reaches is rated as for an insider or an attacker with a foothold the model does not
 * show: attack potential 24 (≤1 month, proficient, confidential, difficult, standard), CVSS AV local, AC high, PR
 * low, attack vector local.
 */
public final class FeasibilityDerivation {

	private final FeasibilityApproach approach;

	public FeasibilityDerivation(FeasibilityApproach approach) {
		this.approach = Objects.requireNonNull(approach, "approach");
	}

	/**
	 * The feasibility of {@code profile} (null: no path reaches the subject), with {@code overrides} (factor name to
	 * label, of this approach's factors) replacing derived factors.
	 *
	 * @throws IllegalArgumentException naming the factor when an override names a factor or value this approach does
	 *                                  not have
	 */
	public DerivedFeasibility derive(PathProfile profile, Map<String, String> overrides) {
		for (String factor : overrides.keySet()) {
			if (!approach.factors().contains(factor)) {
				throw new IllegalArgumentException("'" + factor + "' is not a factor of the " + approach.label()
						+ " approach (expected one of " + String.join(", ", approach.factors()) + ")");
			}
		}
		List<String> lines = new ArrayList<>();
		lines.add(pathLine(profile));
		return switch (approach) {
			case ATTACK_POTENTIAL -> attackPotential(profile, overrides, lines);
			case CVSS -> cvss(profile, overrides, lines);
			case ATTACK_VECTOR -> attackVector(profile, overrides, lines);
		};
	}

	private DerivedFeasibility attackPotential(PathProfile profile, Map<String, String> overrides, List<String> lines) {
		int h = profile == null ? -1 : profile.hardness();
		String why = profile == null ? "no path: as for an insider" : "path hardness " + h;
		ElapsedTime elapsed = override(overrides, "elapsedTime", ElapsedTime.class,
				profile == null ? ElapsedTime.ONE_MONTH
						: h == 0 ? ElapsedTime.ONE_DAY : h <= 2 ? ElapsedTime.ONE_WEEK : h <= 4 ? ElapsedTime.ONE_MONTH
								: h <= 6 ? ElapsedTime.SIX_MONTHS : ElapsedTime.MORE,
				why + " (0: ≤1 day, 1-2: ≤1 week, 3-4: ≤1 month, 5-6: ≤6 months, 7+: more)", lines);
		Expertise expertise = override(overrides, "expertise", Expertise.class,
				profile == null ? Expertise.PROFICIENT
						: h == 0 ? Expertise.LAYMAN : h <= 3 ? Expertise.PROFICIENT : h <= 6 ? Expertise.EXPERT
								: Expertise.MULTIPLE_EXPERTS,
				why + " (0: layman, 1-3: proficient, 4-6: expert, 7+: multiple experts)", lines);
		Knowledge knowledge = override(overrides, "knowledge", Knowledge.class,
				profile == null ? Knowledge.CONFIDENTIAL
						: h <= 2 ? Knowledge.PUBLIC : h <= 5 ? Knowledge.RESTRICTED : h <= 8 ? Knowledge.CONFIDENTIAL
								: Knowledge.STRICTLY_CONFIDENTIAL,
				why + " (0-2: public, 3-5: restricted, 6-8: confidential, 9+: strictly confidential)", lines);
		String entry = profile == null ? "no entry point: as for an insider" : "entry by " + article(profile.kind().label());
		Window window = override(overrides, "window", Window.class, profile == null ? Window.DIFFICULT : profile.kind().window(),
				entry, lines);
		Equipment equipment = override(overrides, "equipment", Equipment.class,
				profile == null ? Equipment.STANDARD : profile.kind().equipment(), entry, lines);
		AttackPotential potential = new AttackPotential(elapsed, expertise, knowledge, window, equipment);
		Map<String, String> factors = new LinkedHashMap<>();
		factors.put("elapsedTime", elapsed.label());
		factors.put("expertise", expertise.label());
		factors.put("knowledge", knowledge.label());
		factors.put("window", window.label());
		factors.put("equipment", equipment.label());
		String detail = "attack potential " + potential.describe();
		lines.add(detail + " → " + potential.rating().label() + " (0-9 high, 10-13 medium, 14-19 low, 20+ very low)");
		return new DerivedFeasibility(potential.rating(), -potential.points(), factors, detail, profile, lines);
	}

	private DerivedFeasibility cvss(PathProfile profile, Map<String, String> overrides, List<String> lines) {
		AttackVector vector = override(overrides, "attackVector", AttackVector.class,
				profile == null ? AttackVector.LOCAL : profile.kind().attackVector(),
				profile == null ? "no entry point: as for a local attacker" : "entry by " + article(profile.kind().label()), lines);
		Cvss.Complexity complexity = override(overrides, "attackComplexity", Cvss.Complexity.class,
				profile == null || profile.hardness() >= 3 ? Cvss.Complexity.HIGH : Cvss.Complexity.LOW,
				profile == null ? "no path" : "path hardness " + profile.hardness() + " (0-2: low, 3+: high)", lines);
		int met = profile == null ? 1 : profile.authenticationsMet();
		Cvss.Privileges privileges = override(overrides, "privilegesRequired", Cvss.Privileges.class,
				met == 0 ? Cvss.Privileges.NONE : met == 1 ? Cvss.Privileges.LOW : Cvss.Privileges.HIGH,
				profile == null ? "no path: an insider holds some access"
						: met + " authentication(s) on the way (0: none, 1: low, 2+: high)", lines);
		Cvss.Interaction interaction = override(overrides, "userInteraction", Cvss.Interaction.class, Cvss.Interaction.NONE,
				"the model does not say whether a user has to act", lines);
		Cvss cvss = new Cvss(vector, complexity, privileges, interaction);
		Map<String, String> factors = new LinkedHashMap<>();
		factors.put("attackVector", vector.label());
		factors.put("attackComplexity", complexity.label());
		factors.put("privilegesRequired", privileges.label());
		factors.put("userInteraction", interaction.label());
		String detail = "exploitability " + cvss.describe();
		lines.add(detail + " → " + cvss.rating().label() + " (2.96+ high, 2.00+ medium, 1.06+ low, below very low)");
		return new DerivedFeasibility(cvss.rating(), cvss.exploitability().doubleValue(), factors, detail, profile, lines);
	}

	private DerivedFeasibility attackVector(PathProfile profile, Map<String, String> overrides, List<String> lines) {
		AttackVector vector = override(overrides, "attackVector", AttackVector.class,
				profile == null ? AttackVector.LOCAL : profile.kind().attackVector(),
				profile == null ? "no entry point: as for a local attacker" : "entry by " + article(profile.kind().label()), lines);
		String detail = "attack vector " + vector.label();
		lines.add(detail + " → " + vector.rating().label() + " (network high, adjacent medium, local low, physical very low)");
		return new DerivedFeasibility(vector.rating(), vector.weight(), Map.of("attackVector", vector.label()), detail, profile,
				lines);
	}

	/** The overridden value of {@code factor}, or the derived one; either way a line saying which and why. */
	private static <F extends Enum<F> & Factor> F override(Map<String, String> overrides, String factor, Class<F> type,
			F derived, String why, List<String> lines) {
		String label = overrides.get(factor);
		if (label == null) {
			lines.add(factor + " " + derived.label() + ": " + why);
			return derived;
		}
		F chosen = Factor.ofLabel(type, factor, label);
		lines.add(factor + " " + chosen.label() + ": overridden (derived: " + derived.label() + ", " + why + ")");
		return chosen;
	}

	/** How the path was found, in one line. */
	static String pathLine(PathProfile profile) {
		if (profile == null) {
			return "path: no entry point of the model reaches the subject; rated as for an insider or an attacker with a"
					+ " foothold the model does not show";
		}
		if (profile.atEntryPoint()) {
			String how = profile.kind() == EntryKind.EXTERNAL_ENTITY ? "the attacker is it or impersonates it"
					: profile.entryAuthenticated() ? "every such interface authenticates" : "an interface that does not authenticate";
			return "path: " + ModelElements.kindAndName(profile.target()) + " is itself an entry point (" + profile.kind().label()
					+ ": " + how + "); hardness " + profile.hardness();
		}
		StringBuilder line = new StringBuilder("path: from the ").append(profile.kind().label()).append(" of ")
				.append(ModelElements.kindAndName(profile.entryPoint()));
		for (AttackStep step : profile.steps()) {
			line.append(" → ").append(name(step.to()));
		}
		line.append(" (").append(profile.steps().size()).append(profile.steps().size() == 1 ? " step" : " steps");
		line.append("; hardness ").append(profile.hardness()).append(" = ");
		List<String> parts = new ArrayList<>();
		parts.add((profile.entryAuthenticated() ? "2" : "0") + " entry authentication");
		parts.add(2 * profile.authenticatedSteps() + " for " + profile.authenticatedSteps() + " authenticated flow(s)");
		parts.add(profile.encryptedSteps() + " for encrypted flow(s)");
		parts.add(profile.inwardSteps() + " for step(s) into a more trusted zone");
		parts.add(profile.hostEscapes() + " for escape(s) onto a host");
		line.append(String.join(" + ", parts)).append(')');
		return line.toString();
	}

	private static String name(Element element) {
		return element.getName() == null || element.getName().isBlank() ? element.eClass().getName() + " " + element.getId()
				: "'" + element.getName() + "'";
	}

	private static String article(String noun) {
		return (noun.startsWith("i") || noun.startsWith("e") ? "an " : "a ") + noun;
	}
}
