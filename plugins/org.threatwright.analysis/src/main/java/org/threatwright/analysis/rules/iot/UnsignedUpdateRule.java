package org.threatwright.analysis.rules.iot;

import org.threatwright.analysis.api.Severity;
import org.threatwright.model.Device;
import org.threatwright.model.UpdateMechanism;

/** Update images are not stated to be signed and verified before installing. Raised to critical for a safety-relevant device. */
final class UnsignedUpdateRule extends UpdateWeaknessRule {

	static final String ID = "iot-update-unsigned";

	@Override
	public String id() {
		return ID;
	}

	@Override
	boolean weak(Device device, UpdateMechanism update) {
		return !update.isSigned();
	}

	@Override
	String say(Device device, UpdateMechanism update) {
		return " is not stated to sign its images and check the signature before installing. Whoever can reach the"
				+ " update path (the delivering service, the network in between, or a local update port) can install"
				+ " firmware of their own, which then runs with the device's full privileges.";
	}

	@Override
	Severity safetySeverity() {
		return Severity.CRITICAL;
	}
}
