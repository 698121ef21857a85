package org.threatwright.analysis.rules.iot;

import org.threatwright.model.Device;
import org.threatwright.model.UpdateMechanism;

/** Update images are not stated to be encrypted although the firmware holds secrets shared across devices. */
final class UnencryptedUpdateRule extends UpdateWeaknessRule {

	static final String ID = "iot-update-unencrypted-with-secrets";

	@Override
	public String id() {
		return ID;
	}

	@Override
	boolean weak(Device device, UpdateMechanism update) {
		return !update.isEncrypted() && device.isSecretsInFirmware();
	}

	@Override
	String say(Device device, UpdateMechanism update) {
		return " is not stated to encrypt its images, and the device is stated to have secrets in its firmware (keys,"
				+ " passwords or tokens shared across devices). Anyone who downloads or intercepts an update image"
				+ " can extract those secrets without touching a device.";
	}
}
