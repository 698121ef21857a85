package org.threatwright.analysis.rules.iot;

import org.threatwright.model.CredentialProvisioning;

/** An interface of a device, enabled in production, protected by credentials hard-coded in the firmware. */
final class HardcodedCredentialsRule extends CredentialRule {

	static final String ID = "iot-hardcoded-credentials";

	HardcodedCredentialsRule() {
		super(CredentialProvisioning.HARDCODED);
	}

	@Override
	public String id() {
		return ID;
	}
}
