package org.threatwright.analysis.rules.supplychain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.threatwright.analysis.rules.supplychain.RuleRun.assertMentions;
import static org.threatwright.analysis.rules.supplychain.RuleRun.id;
import static org.threatwright.analysis.rules.supplychain.RuleRun.ids;
import static org.threatwright.analysis.rules.supplychain.RuleRun.only;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.model.SmallModels;

class ComponentEndOfSupportUnknownRuleTest {

	private final SmallModels small = new SmallModels();
	private final ComponentEndOfSupportUnknownRule rule = new ComponentEndOfSupportUnknownRule();

	@Test
	void firesOnAThirdPartyComponentWithoutEndOfSupport() {
		small.tls.setEndOfSupport(null);
		Finding finding = only(small.model, rule, id(rule, small.tls.getId()));
		assertEquals(Severity.LOW, finding.severity());
		assertMentions(finding, "Component 'Mbed TLS' (" + small.tls.getId() + ")", "end of support is not stated",
				"cannot be planned");
	}

	@Test
	void silentWhenItIsStatedAndOnInHouseCode() {
		assertNull(small.firmware.getEndOfSupport());
		assertEquals(List.of(), ids(small.model, rule));
	}
}
