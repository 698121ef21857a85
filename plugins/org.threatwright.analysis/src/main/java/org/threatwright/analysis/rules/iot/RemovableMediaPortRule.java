package org.threatwright.analysis.rules.iot;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Element;
import org.threatwright.model.Interface;
import org.threatwright.model.InterfaceTechnology;

/**
 * A USB or SD-card port on a device enabled in production units: physical attack surface for malicious media and
 * for reading or replacing data. Ports of kind debug are left to {@link DebugPortExposedRule}. Fires once per
 * (element, interface).
 */
final class RemovableMediaPortRule implements ThreatRule {

	static final String ID = "iot-removable-media-port";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Element element : IotFacts.onDevices(context)) {
			for (Interface port : element.getInterfaces()) {
				boolean media = port.getTechnology() == InterfaceTechnology.USB
						|| port.getTechnology() == InterfaceTechnology.SD_CARD;
				if (media && port.isEnabledInProduction() && !DebugPortExposedRule.isDebugPort(port)) {
					findings.report(List.of(element, port), IotFacts.name(element, port) + " is a "
							+ port.getTechnology().getLiteral() + " port that is enabled in production units; "
							+ IotFacts.exposure(port) + " and " + IotFacts.authentication(port) + ". Whoever can plug"
							+ " something in can bring malicious media or a rogue USB device, copy data off the unit, or"
							+ " replace the files, configuration or firmware it reads from there.");
				}
			}
		}
	}
}
