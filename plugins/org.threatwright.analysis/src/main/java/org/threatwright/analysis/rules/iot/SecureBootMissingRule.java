package org.threatwright.analysis.rules.iot;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Device;

/**
 * A device that is not stated to boot only authenticated firmware (secure boot is a claim: false until stated).
 * Raised to high when the device is safety-relevant.
 */
final class SecureBootMissingRule implements ThreatRule {

	static final String ID = "iot-secure-boot-missing";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Device device : context.elements(Device.class)) {
			if (!device.isSecureBoot()) {
				String explanation = IotFacts.name(device) + " is not stated to have secure boot: nothing in the model"
						+ " says it boots only authenticated firmware. Whoever can write its flash, through a debug"
						+ " port, an update or a software flaw, can install modified firmware that survives a"
						+ " reboot and does whatever the device is allowed to do.";
				if (device.isSafetyRelevant()) {
					findings.report(List.of(device), explanation + IotFacts.SAFETY_RAISED, Severity.HIGH);
				} else {
					findings.report(List.of(device), explanation);
				}
			}
		}
	}
}
