package org.threatwright.analysis.rules.supplychain;

import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.aComponentOfItsOrigin;
import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.describe;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Component;
import org.threatwright.model.query.Components;

/** A third-party component whose end of support is not stated: its replacement cannot be planned. */
final class ComponentEndOfSupportUnknownRule implements ThreatRule {

	static final String ID = "supply-chain-component-end-of-support-unknown";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Component component : context.components()) {
			if (Components.isThirdParty(component) && component.getEndOfSupport() == null) {
				findings.report(List.of(component), describe(component) + " is " + aComponentOfItsOrigin(component)
						+ " whose end of support is not stated: nobody can tell whether its supplier will still"
						+ " fix vulnerabilities in it for as long as the product is supported, so its upgrade or"
						+ " replacement cannot be planned and it may silently fall out of support.");
			}
		}
	}
}
