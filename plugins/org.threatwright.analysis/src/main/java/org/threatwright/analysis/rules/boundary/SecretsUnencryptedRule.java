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
 * A flow whose encryption is none or not stated carries credentials or key material. Subject: the flow. Default
 * severity critical (a read secret opens everything it protects); high when the flow stays inside one trust zone,
 * and the explanation says so.
 */
final class SecretsUnencryptedRule implements ThreatRule {

	static final String ID = "boundary-secrets-unencrypted";

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
			List<DataAsset> secrets = BoundaryFacts.assets(flow, a -> a.getCategory() == DataCategory.CREDENTIALS
					|| a.getCategory() == DataCategory.KEY_MATERIAL);
			if (secrets.isEmpty()) {
				continue;
			}
			List<TrustBoundary> crossed = context.trustZones().crossed(flow);
			Object where = crossed.isEmpty()
					? " The flow stays inside one trust zone, so only someone already inside it can capture them; severity"
							+ " lowered to high."
					: Explanation.of(" It crosses ", shared.boundaries(crossed), ", so anyone on the path outside can capture"
							+ " the secrets and reuse them to impersonate their owner.");
			findings.report(List.of(flow), Explanation.of(BoundaryFacts.flowLabel(flow), " carries ",
					shared.assetList(secrets, a -> a.getCategory().getLiteral()), ", but ",
					BoundaryFacts.encryptionPhrase(flow), ".", where), crossed.isEmpty() ? Severity.HIGH : null);
		}
	}
}
