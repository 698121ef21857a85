package org.threatwright.analysis.rules.supplychain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.threatwright.analysis.rules.supplychain.RuleRun.assertMentions;
import static org.threatwright.analysis.rules.supplychain.RuleRun.id;
import static org.threatwright.analysis.rules.supplychain.RuleRun.ids;
import static org.threatwright.analysis.rules.supplychain.RuleRun.only;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.model.SmallModels;

class ComponentWithoutLicenceRuleTest {

	private final SmallModels small = new SmallModels();
	private final ComponentWithoutLicenceRule rule = new ComponentWithoutLicenceRule();

	@Test
	void firesOnAThirdPartyComponentWithoutLicence() {
		small.tls.setLicence(null);
		Finding finding = only(small.model, rule, id(rule, small.tls.getId()));
		assertEquals(Severity.LOW, finding.severity());
		assertMentions(finding, "Component 'Mbed TLS' (" + small.tls.getId() + ")", "licence is not stated",
				"ship a patched version");
		assertFalse(finding.explanation().contains("NOASSERTION"));
	}

	@Test
	void spdxNoAssertionCountsAsNotStated() {
		small.tls.setLicence("NOASSERTION");
		assertMentions(only(small.model, rule, id(rule, small.tls.getId())), "licence is not stated (SPDX NOASSERTION)");
	}

	@Test
	void silentWhenTheLicenceIsStated() {
		assertEquals("Apache-2.0", small.tls.getLicence());
		assertEquals(List.of(), ids(small.model, rule));
	}
}
