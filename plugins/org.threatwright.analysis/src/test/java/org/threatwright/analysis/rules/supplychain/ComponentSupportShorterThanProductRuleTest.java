package org.threatwright.analysis.rules.supplychain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.threatwright.analysis.rules.supplychain.RuleRun.assertMentions;
import static org.threatwright.analysis.rules.supplychain.RuleRun.id;
import static org.threatwright.analysis.rules.supplychain.RuleRun.ids;
import static org.threatwright.analysis.rules.supplychain.RuleRun.only;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.model.SmallModels;

class ComponentSupportShorterThanProductRuleTest {

	private final SmallModels small = new SmallModels();
	private final ComponentSupportShorterThanProductRule rule = new ComponentSupportShorterThanProductRule();

	@Test
	void firesWhenTheComponentsSupportEndsBeforeTheProducts() {
		Finding finding = only(small.model, rule, id(rule, small.tls.getId()));
		assertEquals(Severity.MEDIUM, finding.severity());
		assertMentions(finding, "Component 'Mbed TLS' (" + small.tls.getId() + ")", "is supported until 2027-03-31",
				"SystemModel 'Test hub' (" + small.model.getId() + ") declares security support until 2031-12-31",
				"will not deliver");
	}

	@Test
	void silentWhenTheComponentIsSupportedUntilTheProductsEnd() {
		small.tls.setEndOfSupport(LocalDate.of(2031, 12, 31));
		assertEquals(List.of(), ids(small.model, rule));
	}

	@Test
	void silentWithoutADeclaredProductSupportEnd() {
		small.model.setSupportedUntil(null);
		assertEquals(List.of(), ids(small.model, rule));
	}

	@Test
	void silentWhenSupportHasAlreadyEnded() {
		small.tls.setEndOfSupport(LocalDate.of(2026, 11, 22)); // the past-end-of-support rule's finding
		assertEquals(List.of(), ids(small.model, rule));
	}
}
