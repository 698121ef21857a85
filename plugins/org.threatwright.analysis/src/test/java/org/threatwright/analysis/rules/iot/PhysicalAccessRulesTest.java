package org.threatwright.analysis.rules.iot;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Severity;
import org.threatwright.model.Authentication;
import org.threatwright.model.CredentialProvisioning;
import org.threatwright.model.Exposure;
import org.threatwright.model.Interface;
import org.threatwright.model.InterfaceKind;
import org.threatwright.model.InterfaceTechnology;
import org.threatwright.model.TwFactory;

/** Debug ports, removable-media ports and tampering with safety-relevant devices. */
class PhysicalAccessRulesTest extends IotRuleTestSupport {

	private Interface addPort(String name, InterfaceKind kind, InterfaceTechnology technology) {
		Interface port = TwFactory.eINSTANCE.createInterface();
		port.setName(name);
		port.setKind(kind);
		port.setTechnology(technology);
		port.setExposure(Exposure.PHYSICAL_ACCESS);
		port.setAuthentication(Authentication.NONE);
		small.hub.getInterfaces().add(port);
		return port;
	}

	@Test
	void debugPortEnabledInProductionFires() {
		assertOnly(new DebugPortExposedRule(), id(DebugPortExposedRule.ID, small.hub, small.hubUart), Severity.HIGH,
				"Interface 'UART console' (" + small.hubUart.getId() + ") of Gateway 'Hub' (" + small.hub.getId() + ")",
				"uart debug port", "enabled in production", "physical access", "its authentication is not stated",
				"get a shell");
	}

	@Test
	void debugPortDisabledInProductionDoesNotFire() {
		small.hubUart.setEnabledInProduction(false);
		assertNone(new DebugPortExposedRule());
	}

	@Test
	void debugKindWithAnyTechnologyFires() {
		small.hubUart.setEnabledInProduction(false);
		Interface usbDebug = addPort("USB serial/JTAG", InterfaceKind.DEBUG, InterfaceTechnology.USB);
		assertOnly(new DebugPortExposedRule(), id(DebugPortExposedRule.ID, small.hub, usbDebug), Severity.HIGH,
				"usb debug port (kind debug)", "requires no authentication");
	}

	@Test
	void debugPortWithPerUnitCredentialsIsLoweredToMedium() {
		small.hubUart.setAuthentication(Authentication.PASSWORD);
		small.hubUart.setCredentials(CredentialProvisioning.UNIQUE_PER_DEVICE);
		assertOnly(new DebugPortExposedRule(), id(DebugPortExposedRule.ID, small.hub, small.hubUart), Severity.MEDIUM,
				"callers authenticate by password", "uniquePerDevice", "lowered to medium");
	}

	@Test
	void debugPortWithSharedPasswordStaysHigh() {
		small.hubUart.setAuthentication(Authentication.PASSWORD);
		small.hubUart.setCredentials(CredentialProvisioning.DEFAULT_SHARED);
		assertOnly(new DebugPortExposedRule(), id(DebugPortExposedRule.ID, small.hub, small.hubUart), Severity.HIGH);
	}

	@Test
	void usbPortEnabledInProductionFires() {
		Interface usb = addPort("USB-C", InterfaceKind.PHYSICAL, InterfaceTechnology.USB);
		assertOnly(new RemovableMediaPortRule(), id(RemovableMediaPortRule.ID, small.hub, usb), Severity.MEDIUM,
				"Interface 'USB-C'", "usb port that is enabled in production", "physical access", "malicious media");
	}

	@Test
	void sdCardSlotFires() {
		Interface sd = addPort("Card slot", InterfaceKind.PHYSICAL, InterfaceTechnology.SD_CARD);
		assertOnly(new RemovableMediaPortRule(), id(RemovableMediaPortRule.ID, small.hub, sd), Severity.MEDIUM,
				"sdCard port");
	}

	@Test
	void usbPortDisabledInProductionDoesNotFire() {
		addPort("USB-C", InterfaceKind.PHYSICAL, InterfaceTechnology.USB).setEnabledInProduction(false);
		assertNone(new RemovableMediaPortRule());
	}

	@Test
	void usbDebugPortIsLeftToTheDebugRule() {
		addPort("USB serial/JTAG", InterfaceKind.DEBUG, InterfaceTechnology.USB);
		assertNone(new RemovableMediaPortRule());
	}

	@Test
	void safetyRelevantDeviceWithoutTamperResistanceFires() {
		small.hub.setSafetyRelevant(true);
		assertOnly(new SafetyDeviceTamperRule(), id(SafetyDeviceTamperRule.ID, small.hub), Severity.HIGH,
				"Gateway 'Hub'", "is safety-relevant", "not stated to be tamper resistant", "'UART console' (uart)");
	}

	@Test
	void tamperResistantSafetyDeviceDoesNotFire() {
		small.hub.setSafetyRelevant(true);
		small.hub.setTamperResistant(true);
		assertNone(new SafetyDeviceTamperRule());
	}

	@Test
	void safetyDeviceWithoutPhysicalInterfaceDoesNotFire() {
		small.hub.setSafetyRelevant(true);
		small.hubUart.setEnabledInProduction(false);
		assertNone(new SafetyDeviceTamperRule());
	}

	@Test
	void deviceThatIsNotSafetyRelevantDoesNotFire() {
		assertNone(new SafetyDeviceTamperRule());
	}
}
