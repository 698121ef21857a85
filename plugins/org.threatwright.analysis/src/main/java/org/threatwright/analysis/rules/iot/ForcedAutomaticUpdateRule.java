package org.threatwright.analysis.rules.iot;

import org.threatwright.analysis.api.Severity;
import org.threatwright.model.Device;
import org.threatwright.model.UpdateMechanism;

/** Updates are applied automatically and the user can neither disable nor defer them (IoTSF 2.4.3.18, 2.4.3.22.1). Raised to high for a safety-relevant device, which an update may restart at the wrong moment. */
final class ForcedAutomaticUpdateRule extends UpdateWeaknessRule {

	static final String ID = "iot-update-automatic-not-controllable";

	@Override
	public String id() {
		return ID;
	}

	@Override
	boolean weak(Device device, UpdateMechanism update) {
		return update.isAutomatic() && !update.isUserCanDisable() && !update.isUserCanDefer();
	}

	@Override
	String say(Device device, UpdateMechanism update) {
		return " applies updates automatically, and the user is stated neither to be able to disable updating nor to"
				+ " defer an update. An update, a faulty one or one pushed by whoever controls the update service,"
				+ " then installs and restarts the device at a moment nobody chose, taking it out of service.";
	}

	@Override
	Severity safetySeverity() {
		return Severity.HIGH;
	}
}
