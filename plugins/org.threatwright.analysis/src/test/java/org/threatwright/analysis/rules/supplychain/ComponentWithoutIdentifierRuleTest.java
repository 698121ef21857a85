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

class ComponentWithoutIdentifierRuleTest {

	private final SmallModels small = new SmallModels();
	private final ComponentWithoutIdentifierRule rule = new ComponentWithoutIdentifierRule();

	@Test
	void firesWhenNeitherPurlNorCpeIsStated() {
		small.tls.setPurl(null);
		small.tls.setCpe(" ");
		Finding finding = only(small.model, rule, id(rule, small.tls.getId()));
		assertEquals(Severity.MEDIUM, finding.severity());
		assertMentions(finding, "Component 'Mbed TLS' (" + small.tls.getId() + ")",
				"neither a package URL (purl) nor a CPE name stated", "goes unnoticed");
	}

	@Test
	void silentWithAPurlAlone() {
		small.tls.setCpe(null);
		assertEquals(List.of(), ids(small.model, rule));
	}

	@Test
	void silentWithACpeAlone() {
		small.tls.setPurl(null);
		assertEquals(List.of(), ids(small.model, rule));
	}

	@Test
	void silentOnInHouseCodeWithoutIdentifier() {
		assertEquals(null, small.firmware.getCpe());
		small.firmware.setPurl(null);
		assertEquals(List.of(), ids(small.model, rule));
	}
}
