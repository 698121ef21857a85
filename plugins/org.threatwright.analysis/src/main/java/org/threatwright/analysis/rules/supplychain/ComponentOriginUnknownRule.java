package org.threatwright.analysis.rules.supplychain;

import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.describe;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Component;
import org.threatwright.model.ComponentOrigin;

/**
 * A component whose origin is not stated: nobody knows who made it, so it escapes both the in-house secure
 * development process and the third-party checks (supplier, assessment, vulnerability monitoring).
 */
final class ComponentOriginUnknownRule implements ThreatRule {

	static final String ID = "supply-chain-component-origin-unknown";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Component component : context.components()) {
			if (component.getOrigin() == ComponentOrigin.UNSPECIFIED) {
				findings.report(List.of(component), describe(component) + ": its origin is not stated, so the model"
						+ " does not say who made it. It is therefore neither covered by the manufacturer's own secure"
						+ " development nor checked as third-party code (supplier, assessment, vulnerability monitoring),"
						+ " and code of unknown provenance may contain vulnerabilities or deliberately inserted"
						+ " functions nobody is looking for.");
			}
		}
	}
}
