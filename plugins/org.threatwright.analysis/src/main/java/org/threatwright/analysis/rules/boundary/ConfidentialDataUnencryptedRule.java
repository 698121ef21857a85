package org.threatwright.analysis.rules.boundary;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.Explanation;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.TrustBoundary;

/**
 * A flow whose encryption is none or not stated carries data assets of high or critical confidentiality.
 * Subject: the flow. Default severity high; medium when the flow stays inside one trust zone (only someone
 * already inside that zone can read it), and the explanation says so.
 */
final class ConfidentialDataUnencryptedRule implements ThreatRule {

	static final String ID = "boundary-confidential-data-unencrypted";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		BoundaryFacts.SharedTexts shared = new BoundaryFacts.SharedTexts(context.trustZones());
		for (DataFlow flow : BoundaryFacts.flows(context)) {
			if (!BoundaryFacts.unencrypted(flow)) {
				continue;
			}
			List<DataAsset> confidential = BoundaryFacts.assets(flow, a -> BoundaryFacts.atLeastHigh(a.getConfidentiality()));
			if (confidential.isEmpty()) {
				continue;
			}
			List<TrustBoundary> crossed = context.trustZones().crossed(flow);
			Object where = crossed.isEmpty()
					? " The flow stays inside one trust zone, so only someone already inside it can listen; severity lowered to medium."
					: Explanation.of(" It crosses ", shared.boundaries(crossed), ", so anyone on the path outside can read the data.");
			findings.report(List.of(flow), Explanation.of(BoundaryFacts.flowLabel(flow), " carries ",
					shared.assetList(confidential, a -> "confidentiality " + a.getConfidentiality().getLiteral()), ", but ",
					BoundaryFacts.encryptionPhrase(flow), ".", where), crossed.isEmpty() ? Severity.MEDIUM : null);
		}
	}
}
