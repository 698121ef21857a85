package org.threatwright.risk;

import java.util.List;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleFamily;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.Stride;
import org.threatwright.model.Authentication;
import org.threatwright.model.BoundaryKind;
import org.threatwright.model.CloudService;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Device;
import org.threatwright.model.Encryption;
import org.threatwright.model.Exposure;
import org.threatwright.model.Gateway;
import org.threatwright.model.Interface;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;

/**
 * The model of the worked examples (docs/risk.md): a cloud back end on the internet without authentication, holding
 * personal account data; it commands a safety-relevant hub in the home zone (trust 2) over an authenticated, encrypted
 * flow; the hub drives a safety-relevant lock over a plain flow in the same zone; an isolated sensor nobody reaches.
 */
final class WorkedModel {

	final SystemModel model;
	final CloudService backend;
	final Gateway hub;
	final Device lock;
	final Device sensor;
	final DataFlow commands;

	WorkedModel() {
		TwFactory f = TwFactory.eINSTANCE;
		model = f.createSystemModel();
		model.setName("Worked example");
		model.setRelease("1");
		DataAsset account = f.createDataAsset();
		account.setName("Account data");
		account.setConfidentiality(SecurityLevel.HIGH);
		account.setIntegrity(SecurityLevel.MEDIUM);
		account.setAvailability(SecurityLevel.LOW);
		account.setPersonalData(true);
		DataAsset calibration = f.createDataAsset();
		calibration.setName("Calibration");
		calibration.setIntegrity(SecurityLevel.CRITICAL);
		model.getDataAssets().add(account);
		model.getDataAssets().add(calibration);

		backend = f.createCloudService();
		backend.setName("Backend");
		backend.getDataAssets().add(account);
		Interface api = f.createInterface();
		api.setName("API");
		api.setExposure(Exposure.INTERNET);
		api.setAuthentication(Authentication.NONE);
		backend.getInterfaces().add(api);
		hub = f.createGateway();
		hub.setName("Hub");
		hub.setSafetyRelevant(true);
		lock = f.createDevice();
		lock.setName("Lock");
		lock.setSafetyRelevant(true);
		sensor = f.createDevice();
		sensor.setName("Sensor");
		sensor.getDataAssets().add(calibration);
		model.getElements().addAll(List.of(backend, hub, lock, sensor));

		commands = flow(f, backend, hub, Authentication.TOKEN, Encryption.TRANSPORT);
		flow(f, hub, lock, Authentication.NONE, Encryption.NONE);

		TrustBoundary home = f.createTrustBoundary();
		home.setName("Home");
		home.setKind(BoundaryKind.NETWORK_ZONE);
		home.setTrustLevel(2);
		home.getMembers().addAll(List.of(hub, lock, sensor));
		model.getBoundaries().add(home);
	}

	private DataFlow flow(TwFactory f, org.threatwright.model.Element from, org.threatwright.model.Element to,
			Authentication authentication, Encryption encryption) {
		DataFlow flow = f.createDataFlow();
		flow.setName(from.getName() + " to " + to.getName());
		flow.setSource(from);
		flow.setTarget(to);
		flow.setAuthentication(authentication);
		flow.setEncryption(encryption);
		model.getFlows().add(flow);
		return flow;
	}

	/** Gives the lock a Zigbee radio without authentication: a second, more feasible way in. */
	void addLockRadio() {
		Interface radio = TwFactory.eINSTANCE.createInterface();
		radio.setName("Zigbee");
		radio.setExposure(Exposure.ADJACENT_RADIO);
		radio.setAuthentication(Authentication.NONE);
		lock.getInterfaces().add(radio);
	}

	static Finding finding(String rule, Stride stride, Severity severity, ModelElement... subjects) {
		RuleDescriptor descriptor = new RuleDescriptor(rule, "Threat " + rule, RuleFamily.STRIDE_PER_ELEMENT, stride, severity,
				List.of(20), List.of(), "Fix it.", List.of());
		List<ElementRef> refs = java.util.Arrays.stream(subjects).map(ElementRef::of).toList();
		return new Finding(rule + "@" + subjects[0].getId(), descriptor, refs, severity, "worked example");
	}
}
