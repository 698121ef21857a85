package org.threatwright.analysis.rules.iot;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.CredentialProvisioning;
import org.threatwright.model.Element;
import org.threatwright.model.Exposure;
import org.threatwright.model.Interface;

/**
 * An interface of a device (or of software on one), enabled in production, whose credentials are provisioned in
 * one weak way: a default shared by many units ({@link DefaultCredentialsRule}), or hard-coded in the firmware
 * ({@link HardcodedCredentialsRule}); two rules because the mitigation differs (force a change at first use versus
 * redesign). Raised to critical when the
 * interface is reachable from the internet, where the credential can be tried by anyone at scale.
 */
abstract class CredentialRule implements ThreatRule {

	private final CredentialProvisioning provisioning;

	CredentialRule(CredentialProvisioning provisioning) {
		this.provisioning = provisioning;
	}

	@Override
	public final void evaluate(AnalysisContext context, FindingSink findings) {
		for (Element element : IotFacts.onDevices(context)) {
			for (Interface port : element.getInterfaces()) {
				if (port.isEnabledInProduction() && port.getCredentials() == provisioning) {
					report(element, port, findings);
				}
			}
		}
	}

	private void report(Element element, Interface port, FindingSink findings) {
		String what = provisioning == CredentialProvisioning.HARDCODED
				? " is protected by credentials that are hard-coded in the firmware (credentials hardcoded): they are"
						+ " the same on every unit and cannot be changed, so whoever extracts them from one unit or one"
						+ " firmware image can authenticate to every unit, and no user can undo it."
				: " is protected by a default credential shared by many units (credentials defaultShared) that users"
						+ " are not forced to change; anyone who knows the default, from a manual, another unit or a"
						+ " published list, can log in to every unit where it was left unchanged.";
		String explanation = IotFacts.name(element, port) + " (" + port.getKind().getLiteral() + ", enabled in production)"
				+ what + " " + capitalise(IotFacts.exposure(port)) + ".";
		if (port.getExposure() == Exposure.INTERNET) {
			findings.report(List.of(element, port), explanation + " Because it is reachable from the internet, the"
					+ " credential can be tried against every unit at once, so the severity is raised to critical.",
					Severity.CRITICAL);
		} else {
			findings.report(List.of(element, port), explanation);
		}
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
