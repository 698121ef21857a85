package org.threatwright.analysis.rules.supplychain;

import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.describe;
import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.origin;
import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.stated;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Component;
import org.threatwright.model.Element;
import org.threatwright.model.Supplier;
import org.threatwright.model.query.Components;
import org.threatwright.model.query.ModelElements;

/**
 * A third-party component on a safety-relevant element (its own element or a host it runs on) whose supplier
 * states no secure-design evidence. Subjects: the safety-relevant element, then the component.
 */
final class SafetyComponentSupplierWithoutEvidenceRule implements ThreatRule {

	static final String ID = "supply-chain-safety-component-supplier-without-evidence";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Component component : context.components()) {
			Supplier supplier = component.getSupplier();
			if (!Components.isThirdParty(component) || supplier == null || stated(supplier.getSecureDesignEvidence())) {
				continue;
			}
			Element safety = SupplyChainFacts.safetyRelevantHost(component);
			if (safety == null) {
				continue;
			}
			findings.report(List.of(safety, component), SupplyChainFacts.safetyClause(component, safety) + ", and it"
					+ " contains the " + origin(component) + " " + describe(component) + " from "
					+ ModelElements.kindAndName(supplier) + ", for which no secure-design evidence is stated: code"
					+ " whose security nobody has evidence for runs where a malfunction or compromise can harm people"
					+ " or property.");
		}
	}
}
