package org.threatwright.analysis.rules.iot;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Device;

/** A device whose firmware image is stated to contain secrets that are the same across devices. */
final class SecretsInFirmwareRule implements ThreatRule {

	static final String ID = "iot-secrets-in-firmware";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Device device : context.elements(Device.class)) {
			if (device.isSecretsInFirmware()) {
				findings.report(List.of(device), IotFacts.name(device) + " has secrets in its firmware: the model"
						+ " states that the firmware image contains keys, passwords or tokens that are the same across"
						+ " devices. Anyone who obtains the image, from a unit's flash, an update download or a"
						+ " support site, can extract them and use them against every unit.");
			}
		}
	}
}
