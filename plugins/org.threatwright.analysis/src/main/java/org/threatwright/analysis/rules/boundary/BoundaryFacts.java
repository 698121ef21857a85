package org.threatwright.analysis.rules.boundary;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.graph.TrustZones;
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
		// the data-flow graph holds exactly the flows with both ends
		var graph = context.systemGraph().graph();
		return context.flows().stream().filter(graph::containsEdge).toList();
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
		String name = flow.getName() == null || flow.getName().isBlank() ? "Flow" : "Flow '" + flow.getName() + "'";
		return name + " (" + flow.getId() + ") from " + ModelElements.kindAndName(flow.getSource()) + " to "
				+ ModelElements.kindAndName(flow.getTarget());
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
