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

class ComponentEndOfSupportSoonRuleTest {

	private final SmallModels small = new SmallModels();
	private final ComponentEndOfSupportSoonRule rule = new ComponentEndOfSupportSoonRule();

	@Test
	void firesWhenSupportEndsWithinTwelveMonthsAndSaysTheDate() {
		assertEquals(LocalDate.of(2027, 3, 31), small.tls.getEndOfSupport());
		Finding finding = only(small.model, rule, id(rule, small.tls.getId()));
		assertEquals(Severity.MEDIUM, finding.severity());
		assertMentions(finding, "Component 'Mbed TLS' (" + small.tls.getId() + ")",
				"reaches its end of support on 2027-03-31, 128 days after the evaluation date 2026-11-23",
				"within 12 months");
	}

	@Test
	void firesOnTheEvaluationDayAndTwelveMonthsLater() {
		small.tls.setEndOfSupport(LocalDate.of(2026, 11, 23));
		only(small.model, rule, id(rule, small.tls.getId()));
		small.tls.setEndOfSupport(LocalDate.of(2027, 11, 23));
		assertMentions(only(small.model, rule, id(rule, small.tls.getId())), "365 days after");
	}

	@Test
	void silentOneDayBeyondTwelveMonths() {
		small.tls.setEndOfSupport(LocalDate.of(2027, 11, 24));
		assertEquals(List.of(), ids(small.model, rule));
	}

	@Test
	void silentOnceSupportHasEnded() {
		small.tls.setEndOfSupport(LocalDate.of(2026, 11, 22));
		assertEquals(List.of(), ids(small.model, rule));
	}
}
