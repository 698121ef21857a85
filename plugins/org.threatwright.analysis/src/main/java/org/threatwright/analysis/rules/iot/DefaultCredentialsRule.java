package org.threatwright.analysis.rules.iot;

import org.threatwright.model.CredentialProvisioning;

/** An interface of a device, enabled in production, protected by default credentials shared by many units. */
final class DefaultCredentialsRule extends CredentialRule {

	static final String ID = "iot-default-credentials";

	DefaultCredentialsRule() {
		super(CredentialProvisioning.DEFAULT_SHARED);
	}

	@Override
	public String id() {
		return ID;
	}
}
