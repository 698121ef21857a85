package org.threatwright.analysis.rules.iot;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Device;

/**
 * A device without a declared support period: the product's {@code supportedUntil} is not stated and neither is
 * its update mechanism's {@code securityUpdatesUntil}. Fires once per device.
 */
final class SupportPeriodUndeclaredRule implements ThreatRule {

	static final String ID = "iot-support-period-undeclared";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Device device : context.elements(Device.class)) {
			if (IotFacts.supportEnd(context, device) == null) {
				findings.report(List.of(device), IotFacts.name(device) + " has no declared support period: the product's"
						+ " support end (supportedUntil) is not stated"
						+ (device.getUpdateMechanism() == null ? " and the device has no update mechanism"
								: " and its update mechanism does not state until when it receives security updates")
						+ ". Buyers cannot tell how long vulnerabilities will be fixed, and nothing commits the"
						+ " manufacturer to fixing them.");
			}
		}
	}
}
