package org.threatwright.analysis.rules.supplychain;

import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.describe;

import java.time.LocalDate;
import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Component;
import org.threatwright.model.query.ModelElements;

/**
 * A component whose end of support comes before the product's declared support end (SystemModel.supportedUntil):
 * the product promises security support that this component cannot give. Components already past their end of
 * support are left to {@link ComponentPastEndOfSupportRule}; without a declared product support end there is
 * no promise to compare with, so the rule does not fire.
 */
final class ComponentSupportShorterThanProductRule implements ThreatRule {

	static final String ID = "supply-chain-component-support-shorter-than-product";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		LocalDate productEnd = context.model().getSupportedUntil();
		if (productEnd == null) {
			return;
		}
		for (Component component : context.components()) {
			LocalDate end = component.getEndOfSupport();
			if (end == null || end.isBefore(context.evaluationDate()) || !end.isBefore(productEnd)) {
				continue;
			}
			findings.report(List.of(component), describe(component) + " is supported until " + end + ", but "
					+ ModelElements.kindAndName(context.model()) + " declares security support until " + productEnd
					+ ": for the time in between the product promises fixes that this component's supplier will not"
					+ " deliver, unless it is upgraded or replaced before then.");
		}
	}
}
