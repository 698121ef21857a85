package org.threatwright.analysis.rules.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;

/** The whole family on the three example products: it runs cleanly and catches the weaknesses they describe. */
class BoundaryRulesOnExamplesTest {

	private record Example(SystemModel model, Map<String, Finding> findings) {

		static Example load(String name) throws Exception {
			SystemModel model = ModelFiles.load(Path.of(System.getProperty("threatwright.examples"), name + ".tw"));
			AnalysisResult result = new ThreatAnalysis(model, BoundaryRules.ALL, BoundaryRuleTestSupport.DAY).run();
			assertEquals(List.of(), result.failures(), name);
			for (Finding finding : result.findings()) {
				assertTrue(finding.id().startsWith("boundary-"), finding.id());
				assertTrue(finding.explanation().contains("(" + finding.subjects().get(0).id() + ")"),
						"the explanation names the primary subject: " + finding.explanation());
			}
			return new Example(model, result.findings().stream().collect(Collectors.toMap(Finding::id, f -> f)));
		}

		DataFlow flow(String name) {
			return model.getFlows().stream().filter(f -> name.equals(f.getName())).findFirst().orElseThrow(() -> new AssertionError(name));
		}

		Element element(String name) {
			return model.getElements().stream().filter(e -> name.equals(e.getName())).findFirst()
					.orElseThrow(() -> new AssertionError(name));
		}

		Finding caught(String ruleId, Severity severity, ModelElement... subjects) {
			String id = ruleId + java.util.Arrays.stream(subjects).map(s -> "@" + s.getId()).collect(Collectors.joining());
			Finding finding = findings.get(id);
			assertTrue(finding != null, "not caught: " + id + " (" + subjects[subjects.length - 1].getName() + ")");
			assertEquals(severity, finding.severity(), id);
			return finding;
		}

		void notCaught(String ruleId, ModelElement... subjects) {
			String id = ruleId + java.util.Arrays.stream(subjects).map(s -> "@" + s.getId()).collect(Collectors.joining());
			assertTrue(!findings.containsKey(id), "should not fire: " + id);
		}
	}

	@Test
	void smartHomeHub() throws Exception {
		Example hub = Example.load("smart-home-hub");
		// "The installer's laptop ... logs in over plain HTTP; the password and the Wi-Fi passphrase cross the LAN in clear text."
		DataFlow setup = hub.flow("Setup page access");
		hub.caught(CleartextCrossingRule.ID, Severity.HIGH, setup);
		Finding secrets = hub.caught(SecretsUnencryptedRule.ID, Severity.CRITICAL, setup);
		assertTrue(secrets.explanation().contains("'User and installer credentials' (credentials)"), secrets.explanation());
		hub.caught(UnauthorizedElevationRule.ID, Severity.HIGH, hub.element("Installer setup web UI"), setup);
		hub.caught(TrustLevelSkipRule.ID, Severity.MEDIUM, hub.element("Installer setup web UI"), setup);
		// lock commands and PIN codes pass through the cloud API under TLS only: the cloud could forge an unlock
		Finding e2e = hub.caught(EndToEndNeededRule.ID, Severity.MEDIUM, hub.flow("App API calls"));
		assertTrue(e2e.explanation().contains("'Door lock commands' (integrity critical)"), e2e.explanation());
		// the mutually authenticated MQTT link is fine at the boundary
		hub.notCaught(UnauthenticatedCrossingRule.ID, hub.flow("Device telemetry and commands"));
		hub.notCaught(CleartextCrossingRule.ID, hub.flow("Device telemetry and commands"));
	}

	@Test
	void industrialGateway() throws Exception {
		Example plant = Example.load("industrial-gateway");
		Element plc2 = plant.element("PLC line 2 (Modicon M241)");
		// Modbus TCP setpoint writes in clear text, unauthenticated, to a safety-relevant PLC
		plant.caught(ControlWithoutIntegrityRule.ID, Severity.CRITICAL, plc2, plant.flow("Modbus TCP polling (line 2)"));
		plant.caught(ControlWithoutIntegrityRule.ID, Severity.CRITICAL, plc2, plant.flow("HMI Modbus (line 2)"));
		plant.caught(ControlWithoutIntegrityRule.ID, Severity.CRITICAL, plc2, plant.flow("Remote Modbus diagnostics (line 2)"));
		plant.caught(SafetyElementUnauthenticatedEntryRule.ID, Severity.CRITICAL, plc2, plant.flow("HMI Modbus (line 2)"));
		plant.caught(CleartextCrossingRule.ID, Severity.HIGH, plant.flow("HMI Modbus (line 2)"));
		// unauthenticated NTP and the unsigned USB configuration bundle
		plant.caught(UnauthenticatedCrossingRule.ID, Severity.HIGH, plant.flow("Time synchronisation"));
		plant.caught(UnauthenticatedCrossingRule.ID, Severity.HIGH, plant.flow("USB configuration import"));
		plant.caught(SecretsUnencryptedRule.ID, Severity.CRITICAL, plant.flow("USB configuration import"));
		// the maintenance tunnel ends at the gateway, which passes PLC programs on
		plant.caught(EndToEndNeededRule.ID, Severity.MEDIUM, plant.flow("Remote maintenance tunnel"));
		// the MES system reads and writes the historian directly
		plant.caught(ExternalEntityWritesDataStoreRule.ID, Severity.HIGH, plant.element("Process historian"),
				plant.flow("MES production queries"));
		// the OPC UA link with certificates and roles is not flagged
		plant.notCaught(ControlWithoutIntegrityRule.ID, plant.element("PLC line 1 (S7-1500)"),
				plant.flow("OPC UA process data (line 1)"));
	}

	@Test
	void medicalWearable() throws Exception {
		Example ecg = Example.load("medical-wearable");
		// legacy HL7 feed without TLS or authentication: "anyone on the hospital side of the tunnel can inject messages"
		DataFlow hl7 = ecg.flow("HL7 v2 admission feed");
		ecg.caught(UnauthenticatedCrossingRule.ID, Severity.HIGH, hl7);
		ecg.caught(UnauthorizedElevationRule.ID, Severity.HIGH, ecg.element("EHR integration adapter"), hl7);
		ecg.caught(PersonalDataUnencryptedRule.ID, Severity.HIGH, hl7);
		// SWD programming of the patch and the shared station account
		ecg.caught(UnauthenticatedCrossingRule.ID, Severity.HIGH, ecg.flow("Patch programming"));
		ecg.caught(SecretsUnencryptedRule.ID, Severity.CRITICAL, ecg.flow("Patch programming"));
		// alerts relayed through the SMS provider, which sees them in clear
		ecg.caught(EndToEndNeededRule.ID, Severity.MEDIUM, ecg.flow("Clinician alert SMS request"));
		// the end-to-end encrypted ECG upload is not flagged
		ecg.notCaught(EndToEndNeededRule.ID, ecg.flow("ECG upload"));
		ecg.notCaught(ConfidentialDataUnencryptedRule.ID, ecg.flow("ECG upload"));
	}
}
