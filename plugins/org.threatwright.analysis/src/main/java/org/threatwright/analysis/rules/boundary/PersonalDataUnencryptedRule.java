package org.threatwright.analysis.rules.boundary;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.Explanation;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.DataFlow;
import org.threatwright.model.TrustBoundary;

/**
 * A flow whose encryption is none or not stated carries personal data: assets marked as personal data, or of
 * category personal or health. Subject: the flow. Default severity high; medium when the flow stays inside one
 * trust zone, and the explanation says so.
 */
final class PersonalDataUnencryptedRule implements ThreatRule {

	static final String ID = "boundary-personal-data-unencrypted";

	@Override
	public String id() {
		return ID;
	}

	static boolean personal(DataAsset asset) {
		return asset.isPersonalData() || asset.getCategory() == DataCategory.PERSONAL
				|| asset.getCategory() == DataCategory.HEALTH;
	}

	private static String why(DataAsset asset) {
		if (asset.getCategory() == DataCategory.HEALTH) {
			return "health data";
		}
		return asset.isPersonalData() ? "marked as personal data" : "category personal";
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		BoundaryFacts.SharedTexts shared = new BoundaryFacts.SharedTexts(context.trustZones());
		for (DataFlow flow : BoundaryFacts.flows(context)) {
			if (!BoundaryFacts.unencrypted(flow)) {
				continue;
			}
			List<DataAsset> personal = BoundaryFacts.assets(flow, PersonalDataUnencryptedRule::personal);
			if (personal.isEmpty()) {
				continue;
			}
			List<TrustBoundary> crossed = context.trustZones().crossed(flow);
			Object where = crossed.isEmpty()
					? " The flow stays inside one trust zone, so only someone already inside it can listen; severity lowered to medium."
					: Explanation.of(" It crosses ", shared.boundaries(crossed), ", so anyone on the path outside can read"
							+ " information about identifiable people.");
			findings.report(List.of(flow), Explanation.of(BoundaryFacts.flowLabel(flow), " carries personal data ",
					shared.assetList(personal, PersonalDataUnencryptedRule::why), ", but ",
					BoundaryFacts.encryptionPhrase(flow), ".", where), crossed.isEmpty() ? Severity.MEDIUM : null);
		}
	}
}
