package org.threatwright.analysis.rules.boundary;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Element;
import org.threatwright.model.Exposure;
import org.threatwright.model.Interface;
import org.threatwright.model.query.ModelElements;

/**
 * A safety-relevant element with an interface reachable from the internet that is enabled on production units.
 * Subjects: the element, then the interface.
 */
final class InternetExposedSafetyElementRule implements ThreatRule {

	static final String ID = "boundary-internet-exposed-safety-element";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Element element : context.elements()) {
			if (!element.isSafetyRelevant()) {
				continue;
			}
			for (Interface port : element.getInterfaces()) {
				if (port.getExposure() != Exposure.INTERNET || !port.isEnabledInProduction()) {
					continue;
				}
				String authentication = switch (port.getAuthentication()) {
					case UNKNOWN -> "its authentication is not stated";
					case NONE -> "it has no authentication";
					default -> "it authenticates callers by " + port.getAuthentication().getLiteral();
				};
				findings.report(List.of(element, port), ModelElements.describe(port) + " is reachable from the internet"
						+ " and enabled on production units, and " + ModelElements.kindAndName(element)
						+ " is safety-relevant; " + authentication + ". Anyone on the internet can probe and attack an"
						+ " element whose malfunction can harm people or property, with no network zone in between.");
			}
		}
	}
}
