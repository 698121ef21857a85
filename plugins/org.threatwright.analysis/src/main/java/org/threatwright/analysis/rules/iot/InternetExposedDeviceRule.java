package org.threatwright.analysis.rules.iot;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Element;
import org.threatwright.model.Exposure;
import org.threatwright.model.Interface;

/**
 * A device directly reachable from the internet: an interface of the device (or of software on it), enabled in
 * production, with exposure internet. Fires once per (element, interface), whatever the authentication: the unit
 * is then found by internet-wide scans and every flaw of its network stack is reachable from anywhere.
 */
final class InternetExposedDeviceRule implements ThreatRule {

	static final String ID = "iot-device-internet-exposed";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Element element : IotFacts.onDevices(context)) {
			for (Interface port : element.getInterfaces()) {
				if (port.isEnabledInProduction() && port.getExposure() == Exposure.INTERNET) {
					findings.report(List.of(element, port), IotFacts.name(element, port) + " ("
							+ port.getKind().getLiteral() + ", protocol " + port.getProtocol().getLiteral()
							+ ") is enabled in production and reachable from the internet; " + IotFacts.authentication(port)
							+ ". A device that accepts connections from the internet is found by internet-wide scans,"
							+ " and every flaw in its network stack, services or login is exploitable from anywhere,"
							+ " across the whole fleet at once.");
				}
			}
		}
	}
}
