package org.threatwright.analysis.rules.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.Explanation;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.analysis.rules.Labels;
import org.threatwright.model.Authentication;
import org.threatwright.model.Authorization;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Encryption;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.query.ModelElements;

/**
 * What the boundary rules share: which flows to look at, what counts as missing protection ('unknown' is a gap
 * that is reported as "not stated"), and how flows, zones and data assets are named in explanations.
 */
final class BoundaryFacts {

	private BoundaryFacts() {
	}

	/** The flows to evaluate (see {@link AnalysisContext#flows()}) that have both ends, in model order (validation refuses the others). */
	static List<DataFlow> flows(AnalysisContext context) {
		return context.connectedFlows();
	}

	static boolean unauthenticated(DataFlow flow) {
		return flow.getAuthentication() == Authentication.NONE || flow.getAuthentication() == Authentication.UNKNOWN;
	}

	static boolean unauthorized(DataFlow flow) {
		return flow.getAuthorization() == Authorization.NONE || flow.getAuthorization() == Authorization.UNKNOWN;
	}

	static boolean unencrypted(DataFlow flow) {
		return flow.getEncryption() == Encryption.NONE || flow.getEncryption() == Encryption.UNKNOWN;
	}

	/** "has no authentication" or "does not state its authentication". */
	static String authenticationPhrase(DataFlow flow) {
		return flow.getAuthentication() == Authentication.UNKNOWN ? "does not state how the sender is authenticated (not stated)"
				: "has no authentication of the sender";
	}

	static String authorizationPhrase(DataFlow flow) {
		return flow.getAuthorization() == Authorization.UNKNOWN
				? "does not state how the receiver authorizes what the sender asks (not stated)"
				: "has no authorization check at the receiver";
	}

	static String encryptionPhrase(DataFlow flow) {
		return flow.getEncryption() == Encryption.UNKNOWN ? "its encryption is not stated" : "it is not encrypted";
	}

	/** {@code Flow 'Readings' (id) from Device 'Sensor' (id) to Gateway 'Hub' (id)}. */
	static String flow(DataFlow flow) {
		return flowLabel(flow).text();
	}

	/** {@link #flow(DataFlow)}, its values read now: for explanations written when read. */
	static FlowLabel flowLabel(DataFlow flow) {
		Element source = flow.getSource();
		Element target = flow.getTarget();
		return new FlowLabel(flow.getName(), flow.getId(), source.eClass().getName(), source.getName(), source.getId(),
				target.eClass().getName(), target.getName(), target.getId());
	}

	/** A flow's name, id and ends as a rule read them, written as {@link #flow(DataFlow)} writes them. */
	record FlowLabel(String name, String id, String sourceKind, String sourceName, String sourceId, String targetKind,
			String targetName, String targetId) implements Explanation {

		@Override
		public String text() {
			String label = name == null || name.isBlank() ? "Flow" : "Flow '" + name + "'";
			return label + " (" + id + ") from " + Labels.kindAndName(sourceKind, sourceName, sourceId) + " to "
					+ Labels.kindAndName(targetKind, targetName, targetId);
		}

		/** {@link ModelElements#kindAndName} of the source, written when read. */
		Explanation sourceLabel() {
			return () -> Labels.kindAndName(sourceKind, sourceName, sourceId);
		}

		/** {@link ModelElements#kindAndName} of the target, written when read. */
		Explanation targetLabel() {
			return () -> Labels.kindAndName(targetKind, targetName, targetId);
		}
	}

	/**
	 * Texts that many findings of one rule evaluation share (the boundaries a flow crosses, the zone an element
	 * lies in), each written once: findings keep a reference to the shared string rather than text of their own.
	 * The model does not change while a rule runs, so neither do these texts.
	 */
	static final class SharedTexts {

		private final TrustZones zones;
		private final Map<List<TrustBoundary>, String> boundaries = new HashMap<>();
		private final Map<TrustBoundary, String> zoneTexts = new HashMap<>();
		private final Map<List<Object>, String> assetLists = new HashMap<>();

		SharedTexts(TrustZones zones) {
			this.zones = zones;
		}

		/** {@link BoundaryFacts#boundaries(List)}. */
		String boundaries(List<TrustBoundary> crossed) {
			return boundaries.computeIfAbsent(crossed, BoundaryFacts::boundaries);
		}

		/** {@link BoundaryFacts#assetList}; {@code detail} is a function of the asset alone. */
		String assetList(List<DataAsset> assets, java.util.function.Function<DataAsset, String> detail) {
			return assetLists.computeIfAbsent(List.of(detail, assets), key -> BoundaryFacts.assetList(assets, detail));
		}

		/** {@link BoundaryFacts#zone(TrustZones, Element)}. */
		String zone(Element element) {
			TrustBoundary innermost = zones.innermost(element).orElse(null);
			String text = zoneTexts.get(innermost);
			if (text == null) {
				text = zone(innermost);
				zoneTexts.put(innermost, text);
			}
			return text;
		}

		private static String zone(TrustBoundary innermost) {
			return innermost == null ? "outside every trust boundary (trust level 0)" : "in " + boundary(innermost);
		}
	}

	/** {@code 'Hub enclosure' (trust level 2)}. */
	static String boundary(TrustBoundary boundary) {
		String name = boundary.getName() == null || boundary.getName().isBlank() ? "an unnamed boundary (" + boundary.getId() + ")"
				: "'" + boundary.getName() + "'";
		return name + " (trust level " + boundary.getTrustLevel() + ")";
	}

	static String boundaries(List<TrustBoundary> boundaries) {
		return boundaries.stream().map(BoundaryFacts::boundary).collect(Collectors.joining(", "));
	}

	/** Where an element lies: {@code in 'Hub enclosure' (trust level 2)} or {@code outside every trust boundary (trust level 0)}. */
	static String zone(TrustZones zones, Element element) {
		return zones.innermost(element).map(b -> "in " + boundary(b)).orElse("outside every trust boundary (trust level 0)");
	}

	/** The flow's data assets that match, in the flow's order. */
	static List<DataAsset> assets(DataFlow flow, Predicate<DataAsset> which) {
		return flow.getDataAssets().stream().filter(which).toList();
	}

	/** {@code 'Door codes' (credentials, confidentiality high)}, joined with "and". */
	static String assetList(List<DataAsset> assets, java.util.function.Function<DataAsset, String> detail) {
		return assets.stream().map(a -> "'" + (a.getName() == null ? a.getId() : a.getName()) + "' (" + detail.apply(a) + ")")
				.collect(Collectors.joining(", "));
	}

	static boolean atLeastHigh(SecurityLevel level) {
		return level == SecurityLevel.HIGH || level == SecurityLevel.CRITICAL;
	}
}
