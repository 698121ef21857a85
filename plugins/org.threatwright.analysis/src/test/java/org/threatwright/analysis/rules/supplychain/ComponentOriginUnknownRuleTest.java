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
import org.threatwright.model.ComponentOrigin;
import org.threatwright.model.SmallModels;

class ComponentOriginUnknownRuleTest {

	private final SmallModels small = new SmallModels();
	private final ComponentOriginUnknownRule rule = new ComponentOriginUnknownRule();

	@Test
	void firesOnAComponentWhoseOriginIsNotStated() {
		small.tls.setOrigin(ComponentOrigin.UNSPECIFIED);
		Finding finding = only(small.model, rule, id(rule, small.tls.getId()));
		assertEquals(Severity.MEDIUM, finding.severity());
		assertMentions(finding, "Component 'Mbed TLS' (" + small.tls.getId() + ") of Component 'Hub firmware'",
				"of Gateway 'Hub'", "origin is not stated", "does not say who made it");
	}

	@Test
	void silentWhenEveryOriginIsStated() {
		assertEquals(ComponentOrigin.IN_HOUSE, small.firmware.getOrigin());
		assertEquals(List.of(), ids(small.model, rule));
	}
}
