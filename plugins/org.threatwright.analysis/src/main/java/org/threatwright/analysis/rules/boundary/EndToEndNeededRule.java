package org.threatwright.analysis.rules.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.DataFlow;
import org.threatwright.model.DataStore;
import org.threatwright.model.Element;
import org.threatwright.model.Encryption;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.query.ModelElements;

/**
 * Data of critical integrity or confidentiality crosses a trust boundary with transport (hop-by-hop) encryption
 * only, to an element that passes the same data asset on to a further element: that intermediary sees and could
 * change the data in clear, so end-to-end protection is needed. Data stores are not intermediaries: what they hand
 * out later is a flow of its own. Firmware images are left to the update rules:
 * their end-to-end integrity protection is the image signature. Subject: the flow.
 */
final class EndToEndNeededRule implements ThreatRule {

	static final String ID = "boundary-end-to-end-needed";

	@Override
	public String id() {
		return ID;
	}

	private static boolean critical(DataAsset asset) {
		return asset.getCategory() != DataCategory.FIRMWARE && (asset.getIntegrity() == SecurityLevel.CRITICAL
				|| asset.getConfidentiality() == SecurityLevel.CRITICAL);
	}

	private static String levels(DataAsset asset) {
		List<String> critical = new ArrayList<>();
		if (asset.getConfidentiality() == SecurityLevel.CRITICAL) {
			critical.add("confidentiality");
		}
		if (asset.getIntegrity() == SecurityLevel.CRITICAL) {
			critical.add("integrity");
		}
		return String.join(" and ", critical) + " critical";
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		List<DataFlow> flows = BoundaryFacts.flows(context);
		for (DataFlow flow : flows) {
			if (flow.getEncryption() != Encryption.TRANSPORT) {
				continue;
			}
			List<TrustBoundary> crossed = context.trustZones().crossed(flow);
			if (crossed.isEmpty()) {
				continue;
			}
			Element intermediary = flow.getTarget();
			if (intermediary instanceof DataStore) {
				continue; // a store keeps data at rest; what it hands out later is a new flow, not a relay
			}
			List<DataAsset> relayed = new ArrayList<>();
			List<DataFlow> onward = new ArrayList<>();
			for (DataAsset asset : BoundaryFacts.assets(flow, EndToEndNeededRule::critical)) {
				// in model order: the intermediary's other flows that carry the same asset to a third element
				List<DataFlow> next = context.systemGraph().flowsOf(intermediary).stream().filter(other -> other != flow
						&& other.getSource() == intermediary && other.getTarget() != flow.getSource()
						&& other.getDataAssets().contains(asset)).toList();
				if (!next.isEmpty()) {
					relayed.add(asset);
					next.stream().filter(f -> !onward.contains(f)).forEach(onward::add);
				}
			}
			if (relayed.isEmpty()) {
				continue;
			}
			findings.report(List.of(flow), BoundaryFacts.flow(flow) + " crosses " + BoundaryFacts.boundaries(crossed)
					+ " with transport encryption only, and carries " + BoundaryFacts.assetList(relayed, EndToEndNeededRule::levels)
					+ ", which " + ModelElements.kindAndName(intermediary) + " passes on over "
					+ onward.stream().map(BoundaryFacts::flow).collect(Collectors.joining("; ")) + ". Hop-by-hop encryption"
					+ " ends at the intermediary, which sees the data in clear and could read or change it unnoticed; data"
					+ " this critical needs end-to-end protection from its origin to its final recipient.");
		}
	}
}
