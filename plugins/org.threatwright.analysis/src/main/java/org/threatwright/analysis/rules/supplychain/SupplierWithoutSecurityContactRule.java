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
 * A supplier of at least one component without a security contact: nowhere to report a vulnerability in its
 * components, and no channel on which it would announce fixes. Suppliers that supply nothing are not a threat.
 */
final class SupplierWithoutSecurityContactRule implements ThreatRule {

	static final String ID = "supply-chain-supplier-without-security-contact";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Supplier supplier : context.suppliers()) {
			List<Component> supplied = SupplyChainFacts.suppliedBy(context, supplier);
			if (supplied.isEmpty() || stated(supplier.getSecurityContact())) {
				continue;
			}
			findings.report(List.of(supplier), ModelElements.kindAndName(supplier) + " supplies "
					+ plural(supplied.size(), "component") + " (" + names(supplied) + "), and no security contact is"
					+ " stated for it: there is no known place to report a vulnerability found in its components and"
					+ " no channel on which it announces fixes, so vulnerabilities in them may stay unreported and"
					+ " unfixed.");
		}
	}
}
