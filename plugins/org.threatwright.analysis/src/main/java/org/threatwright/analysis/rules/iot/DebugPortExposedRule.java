package org.threatwright.analysis.rules.iot;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Authentication;
import org.threatwright.model.CredentialProvisioning;
import org.threatwright.model.Element;
import org.threatwright.model.Interface;
import org.threatwright.model.InterfaceKind;
import org.threatwright.model.InterfaceTechnology;

/**
 * A debug port (JTAG, UART, SWD, or any interface of kind debug) on a device, or on software running on one, that
 * is enabled in production units. Fires once per (element, interface). Lowered to medium when the port asks for
 * credentials that are unique per unit or set by the user, since then holding one unit does not open all of them.
 */
final class DebugPortExposedRule implements ThreatRule {

	static final String ID = "iot-debug-port-exposed";

	private static final Set<InterfaceTechnology> DEBUG = EnumSet.of(InterfaceTechnology.JTAG, InterfaceTechnology.UART,
			InterfaceTechnology.SWD);

	@Override
	public String id() {
		return ID;
	}

	static boolean isDebugPort(Interface port) {
		return port.getKind() == InterfaceKind.DEBUG || DEBUG.contains(port.getTechnology());
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Element element : IotFacts.onDevices(context)) {
			for (Interface port : element.getInterfaces()) {
				if (port.isEnabledInProduction() && isDebugPort(port)) {
					report(element, port, findings);
				}
			}
		}
	}

	private static void report(Element element, Interface port, FindingSink findings) {
		boolean individuallyProtected = port.getAuthentication() != Authentication.NONE
				&& port.getAuthentication() != Authentication.UNKNOWN
				&& (port.getCredentials() == CredentialProvisioning.UNIQUE_PER_DEVICE
						|| port.getCredentials() == CredentialProvisioning.USER_SET_AT_FIRST_USE);
		String what = IotFacts.name(element, port) + " is a " + port.getTechnology().getLiteral() + " debug port (kind "
				+ port.getKind().getLiteral() + ") that is enabled in production units; " + IotFacts.exposure(port) + " and "
				+ IotFacts.authentication(port) + ".";
		if (individuallyProtected) {
			findings.report(List.of(element, port), what + " Its credentials are " + port.getCredentials().getLiteral()
					+ ", so the severity is lowered to medium, but a debug port still gives whoever gets past that"
					+ " check control of the unit: reading memory and keys, changing the firmware or getting a shell.",
					Severity.MEDIUM);
		} else {
			findings.report(List.of(element, port), what + " Anyone who can reach it can use it to read memory and keys,"
					+ " change the firmware or get a shell on the unit.");
		}
	}
}
