package org.threatwright.analysis.rules.iot;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Element;
import org.threatwright.model.Interface;
import org.threatwright.model.InterfaceKind;
import org.threatwright.model.InterfaceTechnology;
import org.threatwright.model.PairingMethod;

/**
 * A short-range radio interface (BLE, Bluetooth, Zigbee, Z-Wave, Thread, NFC, sub-GHz, LoRa, or any interface of
 * kind radio other than Wi-Fi, cellular and Ethernet, which do not pair) whose pairing is not authenticated: Just
 * Works, a fixed PIN, or not stated. Raised to high when the device is safety-relevant.
 */
final class RadioPairingRule implements ThreatRule {

	static final String ID = "iot-radio-pairing-unauthenticated";

	private static final Set<InterfaceTechnology> PAIRING_RADIOS = EnumSet.of(InterfaceTechnology.BLUETOOTH_LOW_ENERGY,
			InterfaceTechnology.BLUETOOTH_CLASSIC, InterfaceTechnology.ZIGBEE, InterfaceTechnology.ZWAVE,
			InterfaceTechnology.THREAD, InterfaceTechnology.NFC, InterfaceTechnology.SUB_GHZ, InterfaceTechnology.LO_RA);
	private static final Set<InterfaceTechnology> NOT_PAIRED = EnumSet.of(InterfaceTechnology.WIFI,
			InterfaceTechnology.CELLULAR, InterfaceTechnology.ETHERNET);
	private static final Set<PairingMethod> UNAUTHENTICATED = EnumSet.of(PairingMethod.JUST_WORKS,
			PairingMethod.FIXED_PIN, PairingMethod.UNKNOWN);

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Element element : IotFacts.onDevices(context)) {
			for (Interface port : element.getInterfaces()) {
				boolean pairingRadio = PAIRING_RADIOS.contains(port.getTechnology())
						|| port.getKind() == InterfaceKind.RADIO && !NOT_PAIRED.contains(port.getTechnology());
				if (pairingRadio && port.isEnabledInProduction() && UNAUTHENTICATED.contains(port.getPairing())) {
					report(element, port, findings);
				}
			}
		}
	}

	private static void report(Element element, Interface port, FindingSink findings) {
		String pairing = switch (port.getPairing()) {
			case JUST_WORKS -> "pairs with Just Works, which authenticates neither peer";
			case FIXED_PIN -> "pairs with a fixed PIN that is the same on every unit and cannot be changed";
			default -> "has a pairing method that is not stated";
		};
		String explanation = IotFacts.name(element, port) + " is a " + port.getTechnology().getLiteral()
				+ " radio that " + pairing + ". Someone within radio range during pairing or joining can pair a rogue"
				+ " peer or sit in the middle and learn the keys, then read the traffic or send commands as a"
				+ " legitimate peer.";
		if (IotFacts.deviceOf(element).isSafetyRelevant()) {
			findings.report(List.of(element, port), explanation + IotFacts.SAFETY_RAISED, Severity.HIGH);
		} else {
			findings.report(List.of(element, port), explanation);
		}
	}
}
