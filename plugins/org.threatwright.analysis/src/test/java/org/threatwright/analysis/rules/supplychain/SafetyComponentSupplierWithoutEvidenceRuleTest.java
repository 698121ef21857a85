package org.threatwright.analysis.rules.supplychain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.threatwright.analysis.rules.supplychain.RuleRun.assertMentions;
import static org.threatwright.analysis.rules.supplychain.RuleRun.id;
import static org.threatwright.analysis.rules.supplychain.RuleRun.ids;
import static org.threatwright.analysis.rules.supplychain.RuleRun.only;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.model.Component;
import org.threatwright.model.ComponentOrigin;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TwFactory;

class SafetyComponentSupplierWithoutEvidenceRuleTest {

	private final SmallModels small = new SmallModels();
	private final SafetyComponentSupplierWithoutEvidenceRule rule = new SafetyComponentSupplierWithoutEvidenceRule();

	@Test
	void firesOnThirdPartyCodeOfASafetyRelevantElementWhoseSupplierStatesNoEvidence() {
		small.hub.setSafetyRelevant(true);
		Finding finding = only(small.model, rule, id(rule, small.hub.getId(), small.tls.getId()));
		assertEquals(Severity.HIGH, finding.severity());
		assertMentions(finding, "Gateway 'Hub' (" + small.hub.getId() + ") is marked safety-relevant",
				"the open-source Component 'Mbed TLS'", "Supplier 'Mbed TLS project'", "no secure-design evidence is stated",
				"harm people or property");
	}

	@Test
	void firesOnCodeOfAProcessHostedOnASafetyRelevantDevice() {
		small.hub.setSafetyRelevant(true);
		Component library = TwFactory.eINSTANCE.createComponent();
		library.setName("JSON parser");
		library.setOrigin(ComponentOrigin.OPEN_SOURCE);
		library.setSupplier(small.vendor);
		small.agent.getComponents().add(library);
		assertEquals(Set.of(id(rule, small.hub.getId(), small.tls.getId()), id(rule, small.hub.getId(), library.getId())),
				Set.copyOf(ids(small.model, rule)));
		Finding hosted = RuleRun.find(small.model, rule, id(rule, small.hub.getId(), library.getId()));
		assertMentions(hosted, "Process 'Hub agent' (" + small.agent.getId() + ") runs on Gateway 'Hub'",
				"which is marked safety-relevant");
	}

	@Test
	void silentWhenTheSupplierStatesEvidence() {
		small.hub.setSafetyRelevant(true);
		small.vendor.setSecureDesignEvidence("Independent code audit 2024; PSA Certified crypto API implementation");
		assertEquals(List.of(), ids(small.model, rule));
	}

	@Test
	void silentWhenTheElementIsNotSafetyRelevant() {
		assertEquals(List.of(), ids(small.model, rule));
	}
}
