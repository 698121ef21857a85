package org.threatwright.analysis.rules.supplychain;

import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.names;
import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.plural;
import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.stated;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Component;
import org.threatwright.model.Supplier;
import org.threatwright.model.query.ModelElements;

/**
 * A supplier of at least one component without evidence that it designs securely (IoTSF 2.4.3.28).
 * Suppliers that supply nothing are not a threat.
 */
final class SupplierWithoutSecureDesignEvidenceRule implements ThreatRule {

	static final String ID = "supply-chain-supplier-without-secure-design-evidence";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Supplier supplier : context.suppliers()) {
			List<Component> supplied = SupplyChainFacts.suppliedBy(context, supplier);
			if (supplied.isEmpty() || stated(supplier.getSecureDesignEvidence())) {
				continue;
			}
			findings.report(List.of(supplier), ModelElements.kindAndName(supplier) + " supplies "
					+ plural(supplied.size(), "component") + " (" + names(supplied) + "), and no evidence that it"
					+ " designs and develops securely (certification, assessment, contractual commitment) is stated:"
					+ " the product trusts its code without knowing whether it was built to resist attack.");
		}
	}
}
