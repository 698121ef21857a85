package org.threatwright.analysis.rules.iot;

import org.threatwright.model.Device;
import org.threatwright.model.UpdateMechanism;

/** No rollback protection: an older, vulnerable image can be installed again. */
final class UpdateRollbackRule extends UpdateWeaknessRule {

	static final String ID = "iot-update-no-rollback-protection";

	@Override
	public String id() {
		return ID;
	}

	@Override
	boolean weak(Device device, UpdateMechanism update) {
		return !update.isRollbackProtection();
	}

	@Override
	String say(Device device, UpdateMechanism update) {
		return " is not stated to have rollback protection, so an older image"
				+ (update.isSigned() ? ", still validly signed," : "") + " can be installed again. An attacker who can"
				+ " trigger an update can downgrade the device to a version with a known, already fixed vulnerability"
				+ " and then exploit it.";
	}
}
