package org.threatwright.analysis.rules.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threatwright.analysis.rules.boundary.BoundaryRuleTestSupport.asset;
import static org.threatwright.analysis.rules.boundary.BoundaryRuleTestSupport.assertIds;
import static org.threatwright.analysis.rules.boundary.BoundaryRuleTestSupport.assertOnly;
import static org.threatwright.analysis.rules.boundary.BoundaryRuleTestSupport.flow;
import static org.threatwright.analysis.rules.boundary.BoundaryRuleTestSupport.id;
import static org.threatwright.analysis.rules.boundary.BoundaryRuleTestSupport.run;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Authentication;
import org.threatwright.model.Authorization;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.DataFlow;
import org.threatwright.model.DataStore;
import org.threatwright.model.Encryption;
import org.threatwright.model.Exposure;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.Protocol;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TwFactory;

/**
 * Each boundary rule on the small model: where it fires (exact ids, severity, the words that explain it) and the
 * near miss that differs in the one attribute the rule looks at.
 */
class BoundaryRulesTest {

	private final SmallModels small = new SmallModels();

	@Nested
	class UnauthenticatedCrossing {
		private final ThreatRule rule = new UnauthenticatedCrossingRule();

		@Test
		void firesOnACrossingWhoseAuthenticationIsNotStated() {
			// the sensor (home network) talks to the hub (hub enclosure) and states no authentication
			assertOnly(run(small.model, rule), id(rule, small.sensorToHub), Severity.HIGH, "Flow 'Readings' (",
					"crosses the trust boundary 'Hub enclosure' (trust level 2)", "(not stated)",
					"can pose as Device 'Temperature sensor'");
		}

		@Test
		void saysSoWhenThereIsNoAuthentication() {
			small.sensorToHub.setAuthentication(Authentication.NONE);
			Finding finding = assertOnly(run(small.model, rule), id(rule, small.sensorToHub), Severity.HIGH,
					"has no authentication of the sender");
			assertTrue(!finding.explanation().contains("not stated"), finding.explanation());
		}

		@Test
		void nearMissAnAuthenticatedCrossing() {
			small.sensorToHub.setAuthentication(Authentication.SHARED_SECRET);
			assertIds(run(small.model, rule));
		}

		@Test
		void nearMissNoBoundaryCrossed() {
			small.home.getMembers().remove(small.sensor);
			small.enclosure.getMembers().add(small.sensor);
			assertIds(run(small.model, rule));
		}
	}

	@Nested
	class CleartextCrossing {
		private final ThreatRule rule = new CleartextCrossingRule();

		@Test
		void firesOnMqttWithoutEncryptionAcrossBoundaries() {
			small.hubToCloud.setProtocol(Protocol.MQTT);
			small.hubToCloud.setEncryption(Encryption.NONE);
			assertOnly(run(small.model, rule), id(rule, small.hubToCloud), Severity.HIGH, "cleartext protocol mqtt",
					"'Hub enclosure' (trust level 2), 'Home network' (trust level 1), 'Cloud tenant' (trust level 3)",
					"it is not encrypted");
		}

		@Test
		void saysWhenEncryptionIsNotStated() {
			small.hubToCloud.setProtocol(Protocol.HTTP);
			small.hubToCloud.setEncryption(Encryption.UNKNOWN);
			assertOnly(run(small.model, rule), id(rule, small.hubToCloud), Severity.HIGH, "cleartext protocol http",
					"its encryption is not stated");
		}

		@Test
		void nearMissTheSecuredProtocol() {
			small.hubToCloud.setProtocol(Protocol.MQTTS);
			small.hubToCloud.setEncryption(Encryption.NONE);
			assertIds(run(small.model, rule));
		}

		@Test
		void nearMissCleartextInsideAStatedTunnel() {
			small.hubToCloud.setProtocol(Protocol.MQTT);
			small.hubToCloud.setEncryption(Encryption.TRANSPORT);
			assertIds(run(small.model, rule));
		}
	}

	@Nested
	class UnauthorizedElevation {
		private final ThreatRule rule = new UnauthorizedElevationRule();

		@Test
		void firesOnEachFlowUpToMoreTrustWithoutAuthorization() {
			small.hubToCloud.setAuthorization(Authorization.NONE);
			var findings = run(small.model, rule);
			assertIds(findings, id(rule, small.cloud, small.hubToCloud), id(rule, small.hub, small.sensorToHub));
			Finding cloud = BoundaryRuleTestSupport.find(findings, id(rule, small.cloud, small.hubToCloud));
			assertEquals(Severity.HIGH, cloud.severity());
			assertTrue(cloud.explanation().contains("from trust level 2 (in 'Hub enclosure' (trust level 2)) up to trust level 3"
					+ " (in 'Cloud tenant' (trust level 3)) and has no authorization check at the receiver"), cloud.explanation());
			Finding hub = BoundaryRuleTestSupport.find(findings, id(rule, small.hub, small.sensorToHub));
			assertTrue(hub.explanation().contains("(not stated)"), hub.explanation());
		}

		@Test
		void nearMissAuthorizedFlows() {
			small.hubToCloud.setAuthorization(Authorization.SCOPED_TOKEN);
			small.sensorToHub.setAuthorization(Authorization.ACCESS_CONTROL_LIST);
			assertIds(run(small.model, rule));
		}

		@Test
		void nearMissDownToLessTrust() {
			small.model.getFlows().remove(small.sensorToHub);
			small.hubToCloud.setSource(small.cloud);
			small.hubToCloud.setSourceInterface(null);
			small.hubToCloud.setTarget(small.hub);
			assertIds(run(small.model, rule));
		}
	}

	@Nested
	class TrustLevelSkip {
		private final ThreatRule rule = new TrustLevelSkipRule();

		@Test
		void firesFromOutsideEveryBoundaryStraightIntoLevelTwo() {
			DataFlow login = flow(small.model, "Local login", small.user, small.hub);
			assertOnly(run(small.model, rule), id(rule, small.hub, login), Severity.MEDIUM,
					"from ExternalEntity 'Homeowner'", "outside every trust boundary (trust level 0)",
					"at trust level 2 (in 'Hub enclosure' (trust level 2))", "a jump from trust level 0 to 2");
		}

		@Test
		void nearMissTheTargetIsAtLevelOne() {
			flow(small.model, "Pairing", small.user, small.sensor);
			assertIds(run(small.model, rule));
		}

		@Test
		void nearMissTheSenderIsInsideTheHomeNetwork() {
			flow(small.model, "Local login", small.user, small.hub);
			small.home.getMembers().add(small.user);
			assertIds(run(small.model, rule));
		}
	}

	@Nested
	class ConfidentialDataUnencrypted {
		private final ThreatRule rule = new ConfidentialDataUnencryptedRule();

		@Test
		void firesOnConfidentialDataAcrossABoundaryWithoutEncryption() {
			DataAsset secret = asset(small.model, "Camera stills", DataCategory.MEDIA, SecurityLevel.HIGH, SecurityLevel.LOW);
			small.hubToCloud.getDataAssets().add(secret);
			small.hubToCloud.setEncryption(Encryption.NONE);
			assertOnly(run(small.model, rule), id(rule, small.hubToCloud), Severity.HIGH,
					"carries 'Camera stills' (confidentiality high), but it is not encrypted", "anyone on the path outside");
		}

		@Test
		void lowersToMediumInsideOneZoneAndSaysEncryptionIsNotStated() {
			DataAsset secret = asset(small.model, "Camera stills", DataCategory.MEDIA, SecurityLevel.CRITICAL, SecurityLevel.LOW);
			DataFlow local = flow(small.model, "Local hand-off", small.agent, small.hub);
			local.getDataAssets().add(secret);
			assertOnly(run(small.model, rule), id(rule, local), Severity.MEDIUM, "(confidentiality critical)",
					"its encryption is not stated", "stays inside one trust zone", "severity lowered to medium");
		}

		@Test
		void nearMissEncrypted() {
			small.hubToCloud.getDataAssets().add(
					asset(small.model, "Camera stills", DataCategory.MEDIA, SecurityLevel.HIGH, SecurityLevel.LOW));
			small.hubToCloud.setEncryption(Encryption.TRANSPORT);
			assertIds(run(small.model, rule));
		}

		@Test
		void nearMissOnlyMediumConfidentiality() {
			small.hubToCloud.getDataAssets().add(
					asset(small.model, "Camera stills", DataCategory.MEDIA, SecurityLevel.MEDIUM, SecurityLevel.LOW));
			small.hubToCloud.setEncryption(Encryption.NONE);
			assertIds(run(small.model, rule));
		}
	}

	@Nested
	class PersonalDataUnencrypted {
		private final ThreatRule rule = new PersonalDataUnencryptedRule();

		@Test
		void firesOnPersonalDataWithoutEncryption() {
			DataAsset presence = asset(small.model, "Presence", DataCategory.TELEMETRY, SecurityLevel.LOW, SecurityLevel.LOW);
			presence.setPersonalData(true);
			small.hubToCloud.getDataAssets().add(presence);
			small.hubToCloud.setEncryption(Encryption.NONE);
			assertOnly(run(small.model, rule), id(rule, small.hubToCloud), Severity.HIGH,
					"carries personal data 'Presence' (marked as personal data), but it is not encrypted",
					"identifiable people");
		}

		@Test
		void healthDataCountsAsPersonal() {
			DataAsset pulse = asset(small.model, "Pulse", DataCategory.HEALTH, SecurityLevel.LOW, SecurityLevel.LOW);
			small.hubToCloud.getDataAssets().add(pulse);
			small.hubToCloud.setEncryption(Encryption.UNKNOWN);
			assertOnly(run(small.model, rule), id(rule, small.hubToCloud), Severity.HIGH, "'Pulse' (health data)",
					"its encryption is not stated");
		}

		@Test
		void nearMissNotPersonal() {
			DataAsset presence = asset(small.model, "Presence", DataCategory.TELEMETRY, SecurityLevel.LOW, SecurityLevel.LOW);
			small.hubToCloud.getDataAssets().add(presence);
			small.hubToCloud.setEncryption(Encryption.NONE);
			assertIds(run(small.model, rule));
		}
	}

	@Nested
	class SecretsUnencrypted {
		private final ThreatRule rule = new SecretsUnencryptedRule();

		@Test
		void firesCriticalOnCredentialsAcrossABoundary() {
			DataAsset password = asset(small.model, "Cloud password", DataCategory.CREDENTIALS, SecurityLevel.UNRATED,
					SecurityLevel.UNRATED);
			small.hubToCloud.getDataAssets().add(password);
			small.hubToCloud.setEncryption(Encryption.NONE);
			assertOnly(run(small.model, rule), id(rule, small.hubToCloud), Severity.CRITICAL,
					"carries 'Cloud password' (credentials), but it is not encrypted", "impersonate");
		}

		@Test
		void highForKeyMaterialInsideOneZone() {
			DataAsset key = asset(small.model, "Device key", DataCategory.KEY_MATERIAL, SecurityLevel.CRITICAL,
					SecurityLevel.CRITICAL);
			DataFlow local = flow(small.model, "Key load", small.agent, small.hub);
			local.setEncryption(Encryption.NONE);
			local.getDataAssets().add(key);
			assertOnly(run(small.model, rule), id(rule, local), Severity.HIGH, "'Device key' (keyMaterial)",
					"severity lowered to high");
		}

		@Test
		void nearMissConfigurationIsNoSecret() {
			small.hubToCloud.getDataAssets().add(asset(small.model, "Cloud settings", DataCategory.CONFIGURATION,
					SecurityLevel.UNRATED, SecurityLevel.UNRATED));
			small.hubToCloud.setEncryption(Encryption.NONE);
			assertIds(run(small.model, rule));
		}
	}

	@Nested
	class EndToEndNeeded {
		private final ThreatRule rule = new EndToEndNeededRule();

		private DataAsset alarm() {
			return asset(small.model, "Alarm events", DataCategory.CONTROL, SecurityLevel.LOW, SecurityLevel.CRITICAL);
		}

		@Test
		void firesWhenTheHubRelaysCriticalDataItReceivedUnderTransportEncryption() {
			DataAsset alarm = alarm();
			small.sensorToHub.getDataAssets().add(alarm);
			small.hubToCloud.getDataAssets().add(alarm);
			var findings = run(small.model, rule);
			// the hub relays the sensor's alarms; the cloud relays nothing, so the second hop does not fire
			assertOnly(findings, id(rule, small.sensorToHub), Severity.MEDIUM, "transport encryption only",
					"'Alarm events' (integrity critical), which Gateway 'Hub' (" + small.hub.getId() + ") passes on over Flow (",
					"needs end-to-end protection");
		}

		@Test
		void nearMissTheHubDoesNotPassTheDataOn() {
			small.sensorToHub.getDataAssets().add(alarm());
			assertIds(run(small.model, rule));
		}

		@Test
		void nearMissEndToEndEncryption() {
			DataAsset alarm = alarm();
			small.sensorToHub.getDataAssets().add(alarm);
			small.hubToCloud.getDataAssets().add(alarm);
			small.sensorToHub.setEncryption(Encryption.END_TO_END);
			assertIds(run(small.model, rule));
		}

		@Test
		void nearMissAStoreIsNoRelay() {
			DataAsset alarm = alarm();
			DataStore store = TwFactory.eINSTANCE.createDataStore();
			store.setName("Alarm store");
			small.model.getElements().add(store);
			small.tenant.getMembers().add(store);
			DataFlow write = flow(small.model, "Alarm write", small.hub, store);
			write.setEncryption(Encryption.TRANSPORT);
			write.getDataAssets().add(alarm);
			flow(small.model, "Alarm read", store, small.cloud).getDataAssets().add(alarm);
			assertIds(run(small.model, rule));
		}
	}

	@Nested
	class ControlWithoutIntegrity {
		private final ThreatRule rule = new ControlWithoutIntegrityRule();

		private DataFlow commands() {
			DataFlow commands = flow(small.model, "Commands", small.hub, small.sensor);
			commands.setEncryption(Encryption.NONE);
			commands.setAuthentication(Authentication.UNKNOWN);
			commands.getDataAssets().add(
					asset(small.model, "Valve commands", DataCategory.CONTROL, SecurityLevel.LOW, SecurityLevel.HIGH));
			return commands;
		}

		@Test
		void firesOnCommandsToADeviceWithoutEncryptionOrAuthentication() {
			DataFlow commands = commands();
			assertOnly(run(small.model, rule), id(rule, small.sensor, commands), Severity.HIGH,
					"sends control data 'Valve commands' (integrity high) to Device 'Temperature sensor'",
					"it is not encrypted", "(not stated)", "inject or alter commands");
		}

		@Test
		void criticalForASafetyRelevantDevice() {
			DataFlow commands = commands();
			small.sensor.setSafetyRelevant(true);
			assertOnly(run(small.model, rule), id(rule, small.sensor, commands), Severity.CRITICAL,
					"safety-relevant", "severity raised to critical");
		}

		@Test
		void nearMissAuthenticatedCommands() {
			commands().setAuthentication(Authentication.SHARED_SECRET);
			assertIds(run(small.model, rule));
		}

		@Test
		void nearMissCommandsToAServiceNotADevice() {
			DataFlow commands = commands();
			commands.setTarget(small.cloud);
			assertIds(run(small.model, rule));
		}
	}

	@Nested
	class SafetyElementUnauthenticatedEntry {
		private final ThreatRule rule = new SafetyElementUnauthenticatedEntryRule();

		@Test
		void firesWhenASafetyRelevantHubTakesUnauthenticatedInputFromLessTrust() {
			small.hub.setSafetyRelevant(true);
			assertOnly(run(small.model, rule), id(rule, small.hub, small.sensorToHub), Severity.CRITICAL,
					"Gateway 'Hub' (" + small.hub.getId() + ") is safety-relevant (in 'Hub enclosure' (trust level 2))",
					"from trust level 1 (in 'Home network' (trust level 1))", "(not stated)", "harm people or property");
		}

		@Test
		void nearMissNotSafetyRelevant() {
			assertIds(run(small.model, rule));
		}

		@Test
		void nearMissAuthenticatedSender() {
			small.hub.setSafetyRelevant(true);
			small.sensorToHub.setAuthentication(Authentication.SHARED_SECRET);
			assertIds(run(small.model, rule));
		}
	}

	@Nested
	class InternetExposedSafetyElement {
		private final ThreatRule rule = new InternetExposedSafetyElementRule();

		@Test
		void firesOnAnInternetInterfaceOfASafetyRelevantHub() {
			small.hub.setSafetyRelevant(true);
			small.hubWifi.setExposure(Exposure.INTERNET);
			assertOnly(run(small.model, rule), id(rule, small.hub, small.hubWifi), Severity.CRITICAL,
					"Interface 'Wi-Fi' (" + small.hubWifi.getId() + ") of Gateway 'Hub'", "reachable from the internet",
					"its authentication is not stated");
		}

		@Test
		void nearMissInterfaceDisabledInProduction() {
			small.hub.setSafetyRelevant(true);
			small.hubWifi.setExposure(Exposure.INTERNET);
			small.hubWifi.setEnabledInProduction(false);
			assertIds(run(small.model, rule));
		}

		@Test
		void nearMissLocalNetworkOnly() {
			small.hub.setSafetyRelevant(true);
			assertIds(run(small.model, rule));
		}
	}

	@Nested
	class ExternalEntityWritesDataStore {
		private final ThreatRule rule = new ExternalEntityWritesDataStoreRule();

		private DataStore store() {
			DataStore store = TwFactory.eINSTANCE.createDataStore();
			store.setName("Settings DB");
			store.setHostedOn(small.cloud);
			small.model.getElements().add(store);
			return store;
		}

		@Test
		void firesOnAUserWritingIntoAStore() {
			DataStore store = store();
			DataFlow upload = flow(small.model, "Upload", small.user, store);
			assertOnly(run(small.model, rule), id(rule, store, upload), Severity.HIGH,
					"ExternalEntity 'Homeowner' (" + small.user.getId() + ") is outside the system's control and writes"
							+ " directly into DataStore 'Settings DB'", "No process of the system validates");
		}

		@Test
		void firesOnABidirectionalFlowFromTheStore() {
			DataStore store = store();
			DataFlow sync = flow(small.model, "Sync", store, small.user);
			sync.setDirection(FlowDirection.BIDIRECTIONAL);
			assertOnly(run(small.model, rule), id(rule, store, sync), Severity.HIGH, "exchanges data in both directions");
		}

		@Test
		void nearMissReadOnlyExport() {
			DataStore store = store();
			flow(small.model, "Export", store, small.user).setDirection(FlowDirection.ONE_WAY);
			assertIds(run(small.model, rule));
		}
	}

	@Nested
	class LogInjection {
		private final ThreatRule rule = new LogInjectionRule();

		private DataStore auditLog() {
			DataStore log = TwFactory.eINSTANCE.createDataStore();
			log.setName("Audit log");
			log.setHoldsLogs(true);
			log.setHostedOn(small.cloud);
			small.model.getElements().add(log);
			return log;
		}

		@Test
		void firesWhenTheLessTrustedHubWritesIntoTheCloudAuditLog() {
			DataStore log = auditLog();
			DataFlow events = flow(small.model, "Hub events", small.hub, log);
			assertOnly(run(small.model, rule), id(rule, log, events), Severity.MEDIUM,
					"holds log or audit data at trust level 3 (in 'Cloud tenant' (trust level 3))",
					"from trust level 2 (in 'Hub enclosure' (trust level 2))", "forged entries");
		}

		@Test
		void nearMissWrittenFromTheSameLevel() {
			flow(small.model, "API events", small.cloud, auditLog());
			assertIds(run(small.model, rule));
		}

		@Test
		void nearMissNotALogStore() {
			DataStore store = auditLog();
			store.setHoldsLogs(false);
			flow(small.model, "Hub events", small.hub, store);
			assertIds(run(small.model, rule));
		}
	}

	@Test
	void theFamilyHasThirteenRulesWithUniqueBoundaryIds() {
		var ids = BoundaryRules.ALL.stream().map(ThreatRule::id).toList();
		assertEquals(13, ids.size());
		assertEquals(13, ids.stream().distinct().count());
		assertTrue(ids.stream().allMatch(id -> id.startsWith("boundary-")), ids.toString());
	}

	@Test
	void rulesAreQuietOnTheUnchangedSmallModelExceptTheUnstatedGaps() {
		// the small model states neither authentication of the sensor nor authorization anywhere: those gaps fire
		var findings = new org.threatwright.analysis.engine.ThreatAnalysis(small.model, BoundaryRules.ALL,
				BoundaryRuleTestSupport.DAY).run();
		assertEquals(java.util.List.of(), findings.failures());
		assertIds(findings.findings(), id(BoundaryRules.ALL.get(0), small.sensorToHub),
				id(BoundaryRules.ALL.get(2), small.cloud, small.hubToCloud), id(BoundaryRules.ALL.get(2), small.hub, small.sensorToHub));
	}
}
