package org.threatwright.analysis.rules.iot;

import java.time.LocalDate;
import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Device;
import org.threatwright.model.UpdateMechanism;

/**
 * A device whose security support ended before the evaluation date: its update mechanism's
 * {@code securityUpdatesUntil} if stated, else the product's {@code supportedUntil}. Fires once per device.
 */
final class SupportPeriodEndedRule implements ThreatRule {

	static final String ID = "iot-support-period-ended";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Device device : context.elements(Device.class)) {
			LocalDate end = IotFacts.supportEnd(context, device);
			if (end != null && end.isBefore(context.evaluationDate())) {
				UpdateMechanism update = device.getUpdateMechanism();
				String source = update != null && update.getSecurityUpdatesUntil() != null
						? "its " + IotFacts.name(update) + " promises security updates only until " + end
						: "the product's support period (supportedUntil) ended on " + end;
				findings.report(List.of(device), IotFacts.name(device) + " is out of support: " + source
						+ ", before the evaluation date " + context.evaluationDate() + ". Vulnerabilities found since"
						+ " then are not fixed, and the device stays exposed to them.");
			}
		}
	}
}
