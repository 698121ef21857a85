package org.threatwright.analysis.rules.iot;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Device;
import org.threatwright.model.UpdateMechanism;
import org.threatwright.model.UpdateMethod;

/**
 * A device that cannot be updated: no update mechanism, or one whose method is none; a mechanism whose method is
 * not stated is a gap and fires too, saying so. Raised to high for a safety-relevant device.
 */
final class NoUpdateMechanismRule implements ThreatRule {

	static final String ID = "iot-no-update-mechanism";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Device device : context.elements(Device.class)) {
			UpdateMechanism update = device.getUpdateMechanism();
			String state;
			if (update == null) {
				state = " has no update mechanism in the model";
			} else if (update.getMethod() == UpdateMethod.NONE) {
				state = " has an " + IotFacts.name(update) + " whose method is none";
			} else if (update.getMethod() == UpdateMethod.UNSPECIFIED) {
				state = " has an " + IotFacts.name(update) + ", but how it delivers updates is not stated";
			} else {
				continue;
			}
			String explanation = IotFacts.name(device) + state + ". A vulnerability found in its firmware after"
					+ " release cannot be fixed in the field, so it stays exploitable for as long as the device is in use.";
			if (device.isSafetyRelevant()) {
				findings.report(List.of(device), explanation + IotFacts.SAFETY_RAISED, Severity.HIGH);
			} else {
				findings.report(List.of(device), explanation);
			}
		}
	}
}
