package org.threatwright.analysis.rules.supplychain;

import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.aComponentOfItsOrigin;
import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.describe;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Component;
import org.threatwright.model.query.Components;

/** A third-party component that no named person has assessed (IoTSF 2.4.3.24). Fires once per component. */
final class ComponentNotAssessedRule implements ThreatRule {

	static final String ID = "supply-chain-component-not-assessed";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Component component : context.components()) {
			if (Components.isThirdParty(component) && component.getAssessor() == null) {
				findings.report(List.of(component), describe(component) + " is " + aComponentOfItsOrigin(component)
						+ ", and no assessor is stated for it: nobody is named as having checked its security"
						+ " before it was built into the product, so weaknesses or malicious code in it can ship unnoticed"
						+ " and nobody owns the decision to accept it.");
			}
		}
	}
}
