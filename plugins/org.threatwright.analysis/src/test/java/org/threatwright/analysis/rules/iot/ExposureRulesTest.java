package org.threatwright.analysis.rules.iot;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Severity;
import org.threatwright.model.Authentication;
import org.threatwright.model.Exposure;
import org.threatwright.model.Interface;
import org.threatwright.model.InterfaceKind;
import org.threatwright.model.InterfaceTechnology;
import org.threatwright.model.PairingMethod;
import org.threatwright.model.TwFactory;

/** Unauthenticated network interfaces, devices reachable from the internet, radio pairing. */
class ExposureRulesTest extends IotRuleTestSupport {

	private Interface sensorRadio(InterfaceTechnology technology, PairingMethod pairing) {
		Interface radio = TwFactory.eINSTANCE.createInterface();
		radio.setName("Sensor radio");
		radio.setKind(InterfaceKind.RADIO);
		radio.setTechnology(technology);
		radio.setExposure(Exposure.ADJACENT_RADIO);
		radio.setPairing(pairing);
		small.sensor.getInterfaces().add(radio);
		return radio;
	}

	@Test
	void localNetworkInterfaceWithAuthenticationNotStatedFires() {
		assertOnly(new UnauthenticatedInterfaceRule(), id(UnauthenticatedInterfaceRule.ID, small.hub, small.hubWifi),
				Severity.HIGH, "Interface 'Wi-Fi'", "Gateway 'Hub'", "reachable from the local network",
				"its authentication is not stated", "Until it is stated");
	}

	@Test
	void localNetworkInterfaceWithAuthenticationDoesNotFire() {
		small.hubWifi.setAuthentication(Authentication.CLIENT_CERTIFICATE);
		assertNone(new UnauthenticatedInterfaceRule());
	}

	@Test
	void physicalInterfaceWithoutAuthenticationIsNotANetworkInterface() {
		small.hubWifi.setAuthentication(Authentication.CLIENT_CERTIFICATE);
		small.hubUart.setAuthentication(Authentication.NONE);
		assertNone(new UnauthenticatedInterfaceRule());
	}

	@Test
	void internetInterfaceWithoutAuthenticationIsCritical() {
		small.hubWifi.setAuthentication(Authentication.NONE);
		small.hubWifi.setExposure(Exposure.INTERNET);
		assertOnly(new UnauthenticatedInterfaceRule(), id(UnauthenticatedInterfaceRule.ID, small.hub, small.hubWifi),
				Severity.CRITICAL, "requires no authentication", "reachable from the internet", "raised to critical");
	}

	@Test
	void unauthenticatedInterfaceOfASafetyRelevantDeviceIsCritical() {
		small.hubWifi.setAuthentication(Authentication.NONE);
		small.hub.setSafetyRelevant(true);
		assertOnly(new UnauthenticatedInterfaceRule(), id(UnauthenticatedInterfaceRule.ID, small.hub, small.hubWifi),
				Severity.CRITICAL, "safety-relevant", "severity is raised");
	}

	@Test
	void deviceInterfaceOnTheInternetFires() {
		small.hubWifi.setExposure(Exposure.INTERNET);
		small.hubWifi.setAuthentication(Authentication.MUTUAL_TLS);
		assertOnly(new InternetExposedDeviceRule(), id(InternetExposedDeviceRule.ID, small.hub, small.hubWifi),
				Severity.HIGH, "Interface 'Wi-Fi'", "reachable from the internet", "callers authenticate by mutualTls",
				"internet-wide scans");
	}

	@Test
	void deviceInterfaceOnTheLocalNetworkDoesNotFire() {
		assertNone(new InternetExposedDeviceRule());
	}

	@Test
	void cloudInterfaceOnTheInternetDoesNotFire() {
		Interface api = TwFactory.eINSTANCE.createInterface();
		api.setExposure(Exposure.INTERNET);
		small.cloud.getInterfaces().add(api);
		assertNone(new InternetExposedDeviceRule());
	}

	@Test
	void justWorksPairingFires() {
		Interface ble = sensorRadio(InterfaceTechnology.BLUETOOTH_LOW_ENERGY, PairingMethod.JUST_WORKS);
		assertOnly(new RadioPairingRule(), id(RadioPairingRule.ID, small.sensor, ble), Severity.MEDIUM,
				"Interface 'Sensor radio'", "Device 'Temperature sensor'", "bluetoothLowEnergy radio",
				"Just Works", "rogue");
	}

	@Test
	void pairingNotStatedFiresAndSaysSo() {
		Interface zigbee = sensorRadio(InterfaceTechnology.ZIGBEE, PairingMethod.UNKNOWN);
		assertOnly(new RadioPairingRule(), id(RadioPairingRule.ID, small.sensor, zigbee), Severity.MEDIUM,
				"pairing method that is not stated");
	}

	@Test
	void fixedPinOnASafetyRelevantDeviceIsHigh() {
		Interface zwave = sensorRadio(InterfaceTechnology.ZWAVE, PairingMethod.FIXED_PIN);
		small.sensor.setSafetyRelevant(true);
		assertOnly(new RadioPairingRule(), id(RadioPairingRule.ID, small.sensor, zwave), Severity.HIGH,
				"fixed PIN", "safety-relevant");
	}

	@Test
	void authenticatedPairingDoesNotFire() {
		sensorRadio(InterfaceTechnology.BLUETOOTH_LOW_ENERGY, PairingMethod.NUMERIC_COMPARISON);
		sensorRadio(InterfaceTechnology.ZIGBEE, PairingMethod.INSTALL_CODE);
		assertNone(new RadioPairingRule());
	}

	@Test
	void wifiHasNoPairingToCheck() {
		// the hub's Wi-Fi is a radio whose pairing is not stated: Wi-Fi does not pair, so nothing fires
		assertNone(new RadioPairingRule());
	}
}
