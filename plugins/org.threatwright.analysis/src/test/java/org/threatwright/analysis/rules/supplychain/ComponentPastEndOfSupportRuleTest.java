package org.threatwright.analysis.rules.supplychain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.threatwright.analysis.rules.supplychain.RuleRun.assertMentions;
import static org.threatwright.analysis.rules.supplychain.RuleRun.id;
import static org.threatwright.analysis.rules.supplychain.RuleRun.ids;
import static org.threatwright.analysis.rules.supplychain.RuleRun.only;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.model.Component;
import org.threatwright.model.ComponentOrigin;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TwFactory;

class ComponentPastEndOfSupportRuleTest {

	private final SmallModels small = new SmallModels();
	private final ComponentPastEndOfSupportRule rule = new ComponentPastEndOfSupportRule();

	@Test
	void firesTheDayAfterTheEndOfSupport() {
		small.tls.setEndOfSupport(LocalDate.of(2026, 11, 22));
		Finding finding = only(small.model, rule, id(rule, small.tls.getId()));
		assertEquals(Severity.HIGH, finding.severity());
		assertMentions(finding, "Component 'Mbed TLS' (" + small.tls.getId() + ")", ", version 3.6.2, reached",
				"reached its end of support on 2026-11-22, 1 day before the evaluation date 2026-11-23",
				"no longer publishes security fixes");
		assertFalse(finding.explanation().contains("critical"));
	}

	@Test
	void criticalOnASafetyRelevantElement() {
		small.tls.setEndOfSupport(LocalDate.of(2024, 3, 28));
		small.hub.setSafetyRelevant(true);
		Finding finding = only(small.model, rule, id(rule, small.tls.getId()));
		assertEquals(Severity.CRITICAL, finding.severity());
		assertMentions(finding, "970 days before", "Raised to critical because Gateway 'Hub' (" + small.hub.getId()
				+ ") is marked safety-relevant");
	}

	@Test
	void criticalForCodeOfAProcessHostedOnASafetyRelevantDevice() {
		small.hub.setSafetyRelevant(true);
		Component runtime = TwFactory.eINSTANCE.createComponent();
		runtime.setName("Python runtime");
		runtime.setOrigin(ComponentOrigin.OPEN_SOURCE);
		runtime.setSupplier(small.vendor);
		runtime.setEndOfSupport(LocalDate.of(2024, 10, 7));
		small.agent.getComponents().add(runtime);
		Finding finding = only(small.model, rule, id(rule, runtime.getId()));
		assertEquals(Severity.CRITICAL, finding.severity());
		assertMentions(finding, "Process 'Hub agent' (" + small.agent.getId() + ") runs on Gateway 'Hub'");
	}

	@Test
	void appliesToInHouseComponentsToo() {
		small.firmware.setEndOfSupport(LocalDate.of(2025, 1, 1));
		only(small.model, rule, id(rule, small.firmware.getId()));
	}

	@Test
	void silentOnTheLastDayOfSupport() {
		small.tls.setEndOfSupport(LocalDate.of(2026, 11, 23));
		assertEquals(List.of(), ids(small.model, rule));
	}

	@Test
	void silentWithoutEndOfSupport() {
		small.tls.setEndOfSupport(null);
		assertEquals(List.of(), ids(small.model, rule));
	}
}
