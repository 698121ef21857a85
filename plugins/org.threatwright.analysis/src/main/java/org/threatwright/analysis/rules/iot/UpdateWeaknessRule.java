package org.threatwright.analysis.rules.iot;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Device;
import org.threatwright.model.UpdateMechanism;

/**
 * What the update-mechanism rules share: each fires once per device that can be updated (an update mechanism whose
 * method is not none) and whose mechanism has the rule's weakness. Subjects: the device, then its update mechanism.
 */
abstract class UpdateWeaknessRule implements ThreatRule {

	/** Whether the device's update mechanism has the weakness. */
	abstract boolean weak(Device device, UpdateMechanism update);

	/** The rest of the sentence that starts with the mechanism and device names: what is wrong and why it matters. */
	abstract String say(Device device, UpdateMechanism update);

	/** The severity for a safety-relevant device, or null to keep the default. */
	Severity safetySeverity() {
		return null;
	}

	@Override
	public final void evaluate(AnalysisContext context, FindingSink findings) {
		for (Device device : context.elements(Device.class)) {
			if (!IotFacts.updatable(device) || !weak(device, device.getUpdateMechanism())) {
				continue;
			}
			UpdateMechanism update = device.getUpdateMechanism();
			String explanation = "The " + IotFacts.name(update) + " of " + IotFacts.name(device) + say(device, update);
			if (safetySeverity() != null && device.isSafetyRelevant()) {
				findings.report(List.of(device, update), explanation + IotFacts.SAFETY_RAISED, safetySeverity());
			} else {
				findings.report(List.of(device, update), explanation);
			}
		}
	}
}
