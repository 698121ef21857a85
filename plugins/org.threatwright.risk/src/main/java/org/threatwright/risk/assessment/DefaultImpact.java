package org.threatwright.risk.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Stride;
import org.threatwright.model.DataAsset;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.SystemModel;
import org.threatwright.model.query.ModelElements;
import org.threatwright.risk.method.ImpactCategory;
import org.threatwright.risk.method.RiskMethod;

/**
 * The default impact of a finding per category, from its STRIDE category and what its subjects hold (docs/risk.md):
 * <ul>
 * <li>the STRIDE category says which protection goal is threatened: spoofing confidentiality and integrity,
 * tampering integrity, repudiation integrity one level lower, information disclosure confidentiality, denial of
 * service availability, elevation of privilege all three;</li>
 * <li><b>financial</b>: the highest level of a threatened goal over the data assets at stake (critical → severe,
 * high → major, medium → moderate, low or unrated → negligible);</li>
 * <li><b>operational</b>: the same over integrity and availability only;</li>
 * <li><b>privacy</b>: with personal data at stake, disclosure, spoofing and elevation rate as the personal data's
 * confidentiality (at least moderate), tampering moderate, the rest negligible;</li>
 * <li><b>safety</b>: severe when a subject is safety-relevant and the threat is spoofing, tampering, denial of
 * service or elevation of privilege, otherwise negligible;</li>
 * <li>with no data asset stated at all, operational impact follows the finding's severity (critical → severe,
 * high → major, medium → moderate, low and info → negligible), so a finding is not rated harmless only because its
 * data was not modelled.</li>
 * </ul>
 * Each query is O(subjects × assets).
 */
public final class DefaultImpact {

	private static final List<String> NAMES = RiskMethod.DEFAULT_IMPACT;

	private final SubjectIndex subjects;

	public DefaultImpact(SystemModel model) {
		this(new SubjectIndex(model));
	}

	DefaultImpact(SubjectIndex subjects) {
		this.subjects = subjects;
	}

	/** The default impact of {@code finding} per category, with the reasons. */
	public ImpactDerivation of(Finding finding) {
		Set<DataAsset> assets = new LinkedHashSet<>();
		Set<Element> safety = new LinkedHashSet<>();
		List<ModelElement> found = new ArrayList<>();
		for (ElementRef ref : finding.subjects()) {
			ModelElement subject = subjects.find(ref.id());
			if (subject != null) {
				assets.addAll(subjects.assetsOf(subject));
				safety.addAll(subjects.safetyRelevant(subject));
				found.add(subject);
			}
		}
		Stride stride = finding.stride();
		Map<ImpactCategory, Integer> levels = new EnumMap<>(ImpactCategory.class);
		Map<ImpactCategory, String> reasons = new EnumMap<>(ImpactCategory.class);
		safety(stride, safety, levels, reasons);
		if (assets.isEmpty()) {
			String none = "no data asset is stated on " + (found.isEmpty() ? "the subjects"
					: String.join(", ", found.stream().map(ModelElements::kindAndName).toList()));
			levels.put(ImpactCategory.FINANCIAL, 0);
			reasons.put(ImpactCategory.FINANCIAL, none);
			int bySeverity = switch (finding.severity()) {
				case CRITICAL -> 3;
				case HIGH -> 2;
				case MEDIUM -> 1;
				case LOW, INFO -> 0;
			};
			levels.put(ImpactCategory.OPERATIONAL, bySeverity);
			reasons.put(ImpactCategory.OPERATIONAL, none + ", so from the finding's severity " + finding.severity().label());
			levels.put(ImpactCategory.PRIVACY, 0);
			reasons.put(ImpactCategory.PRIVACY, none);
			return new ImpactDerivation(levels, reasons);
		}
		rate(ImpactCategory.FINANCIAL, goals(stride, true), assets, levels, reasons, stride);
		rate(ImpactCategory.OPERATIONAL, goals(stride, false), assets, levels, reasons, stride);
		privacy(stride, assets, levels, reasons);
		return new ImpactDerivation(levels, reasons);
	}

	private static void safety(Stride stride, Set<Element> safety, Map<ImpactCategory, Integer> levels,
			Map<ImpactCategory, String> reasons) {
		boolean harms = stride == Stride.SPOOFING || stride == Stride.TAMPERING || stride == Stride.DENIAL_OF_SERVICE
				|| stride == Stride.ELEVATION_OF_PRIVILEGE;
		if (safety.isEmpty()) {
			levels.put(ImpactCategory.SAFETY, 0);
			reasons.put(ImpactCategory.SAFETY, "no subject is safety-relevant");
		} else if (harms) {
			levels.put(ImpactCategory.SAFETY, 3);
			reasons.put(ImpactCategory.SAFETY, ModelElements.kindAndName(safety.iterator().next()) + " is safety-relevant and "
					+ stride.label() + " can make it act wrongly or not at all");
		} else {
			levels.put(ImpactCategory.SAFETY, 0);
			reasons.put(ImpactCategory.SAFETY, ModelElements.kindAndName(safety.iterator().next()) + " is safety-relevant, but "
					+ stride.label() + " does not change what it does");
		}
	}

	/** A protection goal: its name and how to read it from an asset (with repudiation's one level lower). */
	private record Goal(String name, java.util.function.Function<DataAsset, SecurityLevel> raw, int lower) {

		int level(DataAsset asset) {
			return Math.max(0, rank(raw.apply(asset)) - lower);
		}
	}

	private static List<Goal> goals(Stride stride, boolean withConfidentiality) {
		Goal confidentiality = new Goal("confidentiality", DataAsset::getConfidentiality, 0);
		Goal integrity = new Goal("integrity", DataAsset::getIntegrity, 0);
		Goal availability = new Goal("availability", DataAsset::getAvailability, 0);
		List<Goal> goals = switch (stride) {
			case SPOOFING -> List.of(confidentiality, integrity);
			case TAMPERING -> List.of(integrity);
			case REPUDIATION -> List.of(new Goal("integrity", DataAsset::getIntegrity, 1));
			case INFORMATION_DISCLOSURE -> List.of(confidentiality);
			case DENIAL_OF_SERVICE -> List.of(availability);
			case ELEVATION_OF_PRIVILEGE -> List.of(confidentiality, integrity, availability);
		};
		return withConfidentiality ? goals : goals.stream().filter(goal -> goal != confidentiality).toList();
	}

	private static void rate(ImpactCategory category, List<Goal> goals, Set<DataAsset> assets,
			Map<ImpactCategory, Integer> levels, Map<ImpactCategory, String> reasons, Stride stride) {
		int best = 0;
		String why = null;
		for (Goal goal : goals) {
			for (DataAsset asset : assets) {
				int level = goal.level(asset);
				if (why == null || level > best) {
					best = level;
					SecurityLevel raw = goal.raw().apply(asset);
					why = "data asset " + assetName(asset) + " has " + goal.name() + " "
							+ (raw == null ? "unrated" : raw.getLiteral()) + " → " + NAMES.get(level)
							+ (goal.lower() > 0 ? " (one level lower for repudiation)" : "");
				}
			}
		}
		levels.put(category, best);
		reasons.put(category, why == null ? stride.label() + " threatens no " + category.label() + " goal (integrity or availability)"
				: stride.label() + " threatens it: " + why);
	}

	private static void privacy(Stride stride, Set<DataAsset> assets, Map<ImpactCategory, Integer> levels,
			Map<ImpactCategory, String> reasons) {
		DataAsset personal = null;
		for (DataAsset asset : assets) {
			if (asset.isPersonalData() && (personal == null
					|| rank(asset.getConfidentiality()) > rank(personal.getConfidentiality()))) {
				personal = asset;
			}
		}
		if (personal == null) {
			levels.put(ImpactCategory.PRIVACY, 0);
			reasons.put(ImpactCategory.PRIVACY, "no personal data at stake");
			return;
		}
		int level = switch (stride) {
			case INFORMATION_DISCLOSURE, SPOOFING, ELEVATION_OF_PRIVILEGE -> Math.max(1, rank(personal.getConfidentiality()));
			case TAMPERING -> 1;
			case REPUDIATION, DENIAL_OF_SERVICE -> 0;
		};
		levels.put(ImpactCategory.PRIVACY, level);
		reasons.put(ImpactCategory.PRIVACY, "personal data " + assetName(personal) + " (confidentiality "
				+ personal.getConfidentiality().getLiteral() + ") is at stake and " + stride.label()
				+ (level == 0 ? " does not expose or change it" : level == 1 && stride == Stride.TAMPERING ? " changes it"
						: " exposes it (at least moderate)"));
	}

	private static String assetName(DataAsset asset) {
		return asset.getName() == null || asset.getName().isBlank() ? "(" + asset.getId() + ")" : "'" + asset.getName() + "'";
	}

	/** critical 3, high 2, medium 1, low or unrated 0. */
	static int rank(SecurityLevel level) {
		if (level == null) {
			return 0;
		}
		return switch (level) {
			case CRITICAL -> 3;
			case HIGH -> 2;
			case MEDIUM -> 1;
			case LOW, UNRATED -> 0;
		};
	}
}
