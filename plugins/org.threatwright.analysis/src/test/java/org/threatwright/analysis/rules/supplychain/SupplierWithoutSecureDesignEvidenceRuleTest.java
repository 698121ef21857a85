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
import org.threatwright.model.Component;
import org.threatwright.model.ComponentOrigin;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TwFactory;

class SupplierWithoutSecureDesignEvidenceRuleTest {

	private final SmallModels small = new SmallModels();
	private final SupplierWithoutSecureDesignEvidenceRule rule = new SupplierWithoutSecureDesignEvidenceRule();

	@Test
	void firesOnASupplierWithoutEvidenceAndListsWhatItSupplies() {
		for (int i = 1; i <= 6; i++) {
			Component part = TwFactory.eINSTANCE.createComponent();
			part.setName("Part " + i);
			part.setOrigin(ComponentOrigin.OPEN_SOURCE);
			part.setSupplier(small.vendor);
			small.cloud.getComponents().add(part);
		}
		Finding finding = only(small.model, rule, id(rule, small.vendor.getId()));
		assertEquals(Severity.LOW, finding.severity());
		assertMentions(finding, "Supplier 'Mbed TLS project' (" + small.vendor.getId() + ") supplies 7 components"
				+ " ('Mbed TLS', 'Part 1', 'Part 2', 'Part 3', 'Part 4' and 2 more)", "no evidence that it designs and develops securely");
	}

	@Test
	void aBlankEvidenceIsNotStated() {
		small.vendor.setSecureDesignEvidence(" ");
		only(small.model, rule, id(rule, small.vendor.getId()));
	}

	@Test
	void silentWhenEvidenceIsStated() {
		small.vendor.setSecureDesignEvidence("ISO/IEC 27001 certified; IEC 62443-4-1 maturity level 2");
		assertEquals(List.of(), ids(small.model, rule));
	}
}
