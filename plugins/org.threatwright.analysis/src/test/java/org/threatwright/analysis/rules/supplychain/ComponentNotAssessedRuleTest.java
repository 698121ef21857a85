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
import org.threatwright.model.ComponentOrigin;
import org.threatwright.model.SmallModels;

class ComponentNotAssessedRuleTest {

	private final SmallModels small = new SmallModels();
	private final ComponentNotAssessedRule rule = new ComponentNotAssessedRule();

	@Test
	void firesOnAThirdPartyComponentWithoutAssessor() {
		small.tls.setAssessor(null);
		Finding finding = only(small.model, rule, id(rule, small.tls.getId()));
		assertEquals(Severity.MEDIUM, finding.severity());
		assertMentions(finding, "Component 'Mbed TLS' (" + small.tls.getId() + ")", "is an open-source component",
				"no assessor is stated");
	}

	@Test
	void firesOnCommercialComponentsToo() {
		small.tls.setAssessor(null);
		small.tls.setOrigin(ComponentOrigin.THIRD_PARTY_COMMERCIAL);
		assertMentions(only(small.model, rule, id(rule, small.tls.getId())), "is a commercial third-party component");
	}

	@Test
	void silentWhenTheThirdPartyComponentHasAnAssessorAndInHouseCodeNeedsNone() {
		assertNull(small.firmware.getAssessor()); // in-house: not this rule's business
		assertEquals(List.of(), ids(small.model, rule));
	}
}
