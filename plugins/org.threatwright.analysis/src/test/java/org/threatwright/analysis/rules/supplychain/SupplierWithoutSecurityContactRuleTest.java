package org.threatwright.analysis.rules.supplychain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.threatwright.analysis.rules.supplychain.RuleRun.assertMentions;
import static org.threatwright.analysis.rules.supplychain.RuleRun.id;
import static org.threatwright.analysis.rules.supplychain.RuleRun.ids;
import static org.threatwright.analysis.rules.supplychain.RuleRun.only;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.model.SmallModels;
import org.threatwright.model.Supplier;
import org.threatwright.model.TwFactory;

class SupplierWithoutSecurityContactRuleTest {

	private final SmallModels small = new SmallModels();
	private final SupplierWithoutSecurityContactRule rule = new SupplierWithoutSecurityContactRule();

	@Test
	void firesOnASupplierWithoutSecurityContact() {
		small.vendor.setSecurityContact(null);
		Finding finding = only(small.model, rule, id(rule, small.vendor.getId()));
		assertEquals(Severity.MEDIUM, finding.severity());
		assertMentions(finding, "Supplier 'Mbed TLS project' (" + small.vendor.getId() + ") supplies 1 component ('Mbed TLS')",
				"no security contact is stated", "no known place to report a vulnerability");
	}

	@Test
	void silentWhenTheContactIsStated() {
		assertEquals(List.of(), ids(small.model, rule));
	}

	@Test
	void silentOnASupplierThatSuppliesNothing() {
		Supplier idle = TwFactory.eINSTANCE.createSupplier();
		idle.setName("Former vendor");
		small.model.getSuppliers().add(idle);
		assertEquals(List.of(), ids(small.model, rule));
	}
}
