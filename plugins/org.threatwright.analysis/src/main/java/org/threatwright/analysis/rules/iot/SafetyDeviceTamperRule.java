package org.threatwright.analysis.rules.iot;

import java.util.ArrayList;
import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.Exposure;
import org.threatwright.model.Interface;

/**
 * A safety-relevant device that is not stated to be tamper resistant and has at least one interface, enabled in
 * production, reachable with physical access (its own or one of software running on it). Fires once per device.
 */
final class SafetyDeviceTamperRule implements ThreatRule {

	static final String ID = "iot-safety-device-not-tamper-resistant";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Device device : context.elements(Device.class)) {
			if (!device.isSafetyRelevant() || device.isTamperResistant()) {
				continue;
			}
			List<String> physical = new ArrayList<>();
			// the device and what runs on it, in model order: a look-up over the whole model
			for (Element element : context.hosting().deviceAndWhatRunsOnIt(device)) {
				for (Interface port : element.getInterfaces()) {
					if (port.isEnabledInProduction() && port.getExposure() == Exposure.PHYSICAL_ACCESS) {
						physical.add(IotFacts.quoted(port) + " (" + port.getTechnology().getLiteral() + ")");
					}
				}
			}
			if (!physical.isEmpty()) {
				findings.report(List.of(device), IotFacts.name(device) + " is safety-relevant (a malfunction or"
						+ " compromise can harm people or property), is not stated to be tamper resistant, and can be"
						+ " reached with physical access through " + String.join(", ", physical) + ". Someone at the"
						+ " unit can open it or use these ports unnoticed and change how it behaves, with physical"
						+ " consequences.");
			}
		}
	}
}
