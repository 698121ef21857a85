package org.threatwright.model.validation.internal;

import org.threatwright.model.DataFlow;
import org.threatwright.model.Encryption;
import org.threatwright.model.SystemModel;
import org.threatwright.model.query.Protocols;
import org.threatwright.model.validation.ModelCheck;
import org.threatwright.model.validation.ProblemCollector;

/**
 * A flow's encryption agrees with its protocol: HTTPS does not carry data unencrypted, and plain HTTP is not
 * transport-encrypted unless something the model does not show (a VPN) does it. End-to-end (payload)
 * encryption over a cleartext protocol is consistent. Contradictions mislead
 * the threat analysis, so they are flagged as warnings to resolve.
 */
public final class EncryptionConsistencyCheck implements ModelCheck {

	@Override
	public void check(SystemModel model, ProblemCollector problems) {
		for (DataFlow flow : model.getFlows()) {
			String protocol = flow.getProtocol().getLiteral();
			if (flow.getEncryption() == Encryption.NONE && Protocols.encryptsTransport(flow.getProtocol())) {
				problems.warning("encryption-contradicts-protocol", flow,
						"protocol " + protocol + " encrypts the transport, but encryption is set to none");
			} else if (flow.getEncryption() == Encryption.TRANSPORT && Protocols.isCleartext(flow.getProtocol())) {
				problems.warning("encryption-contradicts-protocol", flow, "protocol " + protocol
						+ " is cleartext, but encryption is set to transport; say in the description what encrypts"
						+ " the hop (e.g. a VPN tunnel), or choose the protocol's secure variant");
			}
		}
	}
}
