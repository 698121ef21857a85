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

/**
 * A third-party component without licence. The SPDX value NOASSERTION means the same as no value: the licence
 * was not stated.
 */
final class ComponentWithoutLicenceRule implements ThreatRule {

	static final String ID = "supply-chain-component-without-licence";
	private static final String NOASSERTION = "NOASSERTION";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Component component : context.components()) {
			String licence = component.getLicence();
			if (Components.isThirdParty(component) && (!stated(licence) || NOASSERTION.equals(licence.strip()))) {
				findings.report(List.of(component), describe(component) + " is " + aComponentOfItsOrigin(component)
						+ " whose licence is not stated" + (stated(licence) ? " (SPDX NOASSERTION)" : "")
						+ ": without known rights to use, modify and redistribute it, the manufacturer may not be"
						+ " allowed to ship a patched version, and may have to withdraw or stop updating the product"
						+ " when a licence dispute arises.");
			}
		}
	}
}
