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

class ComponentWithoutVersionRuleTest {

	private final SmallModels small = new SmallModels();
	private final ComponentWithoutVersionRule rule = new ComponentWithoutVersionRule();

	@Test
	void firesOnAThirdPartyComponentWithoutVersion() {
		small.tls.setVersion(null);
		Finding finding = only(small.model, rule, id(rule, small.tls.getId()));
		assertEquals(Severity.MEDIUM, finding.severity());
		assertMentions(finding, "Component 'Mbed TLS' (" + small.tls.getId() + ")", "version is not stated",
				"published vulnerability affects the product");
	}

	@Test
	void aBlankVersionIsNotStatedEither() {
		small.tls.setVersion("  ");
		only(small.model, rule, id(rule, small.tls.getId()));
	}

	@Test
	void silentWhenTheVersionIsStatedAndOnInHouseCode() {
		small.firmware.setVersion(null);
		assertEquals(List.of(), ids(small.model, rule));
	}
}
