package org.threatwright.analysis.rules.supplychain;

import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.aComponentOfItsOrigin;
import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.describe;
import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.stated;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Component;
import org.threatwright.model.query.Components;

/** A third-party component without version: nobody can tell whether a published vulnerability affects it. */
final class ComponentWithoutVersionRule implements ThreatRule {

	static final String ID = "supply-chain-component-without-version";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Component component : context.components()) {
			if (Components.isThirdParty(component) && !stated(component.getVersion())) {
				findings.report(List.of(component), describe(component) + " is " + aComponentOfItsOrigin(component)
						+ " whose version is not stated: advisories name affected versions, so nobody can tell"
						+ " whether a published vulnerability affects the product or whether a fix has been applied.");
			}
		}
	}
}
