package org.threatwright.analysis.rules.iot;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Authentication;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.Exposure;
import org.threatwright.model.Interface;

/**
 * An interface of a device (or of software on one), enabled in production and reachable from the local network or
 * the internet, that requires no authentication or whose authentication is not stated. Raised to critical when the
 * interface is reachable from the internet or the device is safety-relevant.
 */
final class UnauthenticatedInterfaceRule implements ThreatRule {

	static final String ID = "iot-unauthenticated-network-interface";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Element element : IotFacts.onDevices(context)) {
			for (Interface port : element.getInterfaces()) {
				boolean networked = port.getExposure() == Exposure.LOCAL_NETWORK || port.getExposure() == Exposure.INTERNET;
				boolean open = port.getAuthentication() == Authentication.NONE
						|| port.getAuthentication() == Authentication.UNKNOWN;
				if (networked && open && port.isEnabledInProduction()) {
					report(element, port, findings);
				}
			}
		}
	}

	private static void report(Element element, Interface port, FindingSink findings) {
		String explanation = IotFacts.name(element, port) + " (" + port.getKind().getLiteral() + ", protocol "
				+ port.getProtocol().getLiteral() + ") is enabled in production; " + IotFacts.exposure(port) + " and "
				+ IotFacts.authentication(port) + ". "
				+ (port.getAuthentication() == Authentication.UNKNOWN
						? "Until it is stated, assume any host that can reach it may read data or send commands as if it were a legitimate client."
						: "Any host that can reach it can read data or send commands as if it were a legitimate client.");
		Device device = IotFacts.deviceOf(element);
		if (port.getExposure() == Exposure.INTERNET) {
			findings.report(List.of(element, port), explanation + " Because it is reachable from the internet, the"
					+ " severity is raised to critical.", Severity.CRITICAL);
		} else if (element.isSafetyRelevant() || device.isSafetyRelevant()) {
			findings.report(List.of(element, port), explanation + IotFacts.SAFETY_RAISED, Severity.CRITICAL);
		} else {
			findings.report(List.of(element, port), explanation);
		}
	}
}
