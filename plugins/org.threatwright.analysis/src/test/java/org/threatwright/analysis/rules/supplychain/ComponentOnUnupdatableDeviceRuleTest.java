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
import org.threatwright.model.ComponentType;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TwFactory;
import org.threatwright.model.UpdateMethod;

class ComponentOnUnupdatableDeviceRuleTest {

	private final SmallModels small = new SmallModels();
	private final ComponentOnUnupdatableDeviceRule rule = new ComponentOnUnupdatableDeviceRule();

	private Component thirdParty(String name, ComponentType type) {
		Component component = TwFactory.eINSTANCE.createComponent();
		component.setName(name);
		component.setType(type);
		component.setOrigin(ComponentOrigin.THIRD_PARTY_COMMERCIAL);
		component.setSupplier(small.vendor);
		return component;
	}

	@Test
	void firesOnThirdPartyCodeOfADeviceWithoutUpdateMechanism() {
		small.hub.setUpdateMechanism(null);
		Finding finding = only(small.model, rule, id(rule, small.hub.getId(), small.tls.getId()));
		assertEquals(Severity.HIGH, finding.severity());
		assertMentions(finding, "Gateway 'Hub' (" + small.hub.getId() + ") has no update mechanism",
				"the open-source Component 'Mbed TLS' (" + small.tls.getId() + ")", "can never be patched");
	}

	@Test
	void firesWhenTheUpdateMethodIsStatedAsNone() {
		small.hub.getUpdateMechanism().setMethod(UpdateMethod.NONE);
		assertMentions(only(small.model, rule, id(rule, small.hub.getId(), small.tls.getId())),
				"states its update method as none");
	}

	@Test
	void firesOnCodeOfAProcessHostedOnTheDevice() {
		small.hub.setUpdateMechanism(null);
		Component sdk = thirdParty("Cloud SDK", ComponentType.LIBRARY);
		small.agent.getComponents().add(sdk);
		assertEquals(Set.of(id(rule, small.hub.getId(), small.tls.getId()), id(rule, small.hub.getId(), sdk.getId())),
				Set.copyOf(ids(small.model, rule)));
		Finding hosted = RuleRun.find(small.model, rule, id(rule, small.hub.getId(), sdk.getId()));
		assertMentions(hosted, "it is part of Process 'Hub agent' (" + small.agent.getId() + "), which runs on it");
	}

	@Test
	void silentWhenTheDeviceCanBeUpdated() {
		assertEquals(UpdateMethod.OVER_THE_AIR, small.hub.getUpdateMechanism().getMethod());
		assertEquals(List.of(), ids(small.model, rule));
	}

	@Test
	void silentOnHardwareAndOnElementsThatAreNotDevices() {
		small.hub.setUpdateMechanism(null);
		small.tls.setOrigin(ComponentOrigin.IN_HOUSE);
		small.hub.getComponents().add(thirdParty("SoC", ComponentType.HARDWARE));
		small.cloud.getComponents().add(thirdParty("Managed broker", ComponentType.SERVICE));
		assertEquals(List.of(), ids(small.model, rule));
	}
}
