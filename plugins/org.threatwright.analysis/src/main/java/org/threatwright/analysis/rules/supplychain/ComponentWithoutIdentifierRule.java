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

/** A third-party component with neither a package URL nor a CPE name: vulnerability feeds cannot be matched to it. */
final class ComponentWithoutIdentifierRule implements ThreatRule {

	static final String ID = "supply-chain-component-without-identifier";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Component component : context.components()) {
			if (Components.isThirdParty(component) && !stated(component.getPurl()) && !stated(component.getCpe())) {
				findings.report(List.of(component), describe(component) + " is " + aComponentOfItsOrigin(component)
						+ " with neither a package URL (purl) nor a CPE name stated: vulnerability databases and"
						+ " advisories cannot be matched to it, so a published vulnerability in it goes unnoticed and"
						+ " nobody acts on it.");
			}
		}
	}
}
