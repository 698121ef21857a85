package org.threatwright.analysis.rules.boundary;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.Explanation;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Encryption;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.query.Protocols;

/**
 * A flow that uses a cleartext protocol (HTTP, MQTT, Modbus TCP, Telnet...) across a trust boundary. A flow whose
 * encryption is stated as transport or end to end (a tunnel or payload encryption underneath) does not fire.
 * Subject: the flow.
 */
final class CleartextCrossingRule implements ThreatRule {

	static final String ID = "boundary-cleartext-crossing";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		BoundaryFacts.SharedTexts shared = new BoundaryFacts.SharedTexts(context.trustZones());
		for (DataFlow flow : BoundaryFacts.flows(context)) {
			if (!Protocols.isCleartext(flow.getProtocol())) {
				continue;
			}
			if (flow.getEncryption() == Encryption.TRANSPORT || flow.getEncryption() == Encryption.END_TO_END) {
				continue;
			}
			List<TrustBoundary> crossed = context.trustZones().crossed(flow);
			if (crossed.isEmpty()) {
				continue;
			}
			findings.report(List.of(flow), Explanation.of(BoundaryFacts.flowLabel(flow), " uses the cleartext protocol ",
					flow.getProtocol().getLiteral(), " across ", shared.boundaries(crossed), ", and ",
					BoundaryFacts.encryptionPhrase(flow), " by other means. Anyone on the path outside the boundary can"
							+ " read and change what it carries."));
		}
	}
}
