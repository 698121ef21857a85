package org.threatwright.analysis.rules.iot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.api.RuleFamily;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.model.io.ModelFiles;

/** The whole family on the three example models: no failures, and the weaknesses they describe are caught. */
class IotExamplesTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	private static AnalysisResult analyse(String example) throws Exception {
		Path file = Path.of(System.getProperty("threatwright.examples"), example);
		AnalysisResult result = new ThreatAnalysis(ModelFiles.load(file), IotRules.ALL, DAY).run();
		assertEquals(List.of(), result.failures(), example);
		return result;
	}

	private static Finding find(AnalysisResult result, String id) {
		return result.findings().stream().filter(f -> f.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError(id + " not found among " + ids(result)));
	}

	private static Set<String> ids(AnalysisResult result) {
		return result.findings().stream().map(Finding::id).collect(Collectors.toSet());
	}

	private static Map<String, Long> countsByRule(AnalysisResult result) {
		return result.findings().stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
	}

	@Test
	void theFamilyHasAtLeastSixteenIotRulesWithIotDescriptors() {
		assertTrue(IotRules.ALL.size() >= 16);
		for (ThreatRule rule : IotRules.ALL) {
			assertTrue(rule.id().startsWith("iot-"), rule.id());
			assertEquals(RuleFamily.IOT, RuleDescriptors.of(rule).family(), rule.id());
		}
	}

	@Test
	void smartHomeHub() throws Exception {
		AnalysisResult result = analyse("smart-home-hub.tw");
		// the UART console left enabled for RMA analysis, giving a root shell without password
		Finding uart = find(result, "iot-debug-port-exposed@e2f51bc9-72bf-4505-b47d-301ebcbf4c7e@fbd10802-a12b-4ae4-bee4-671bb8db2560");
		assertEquals(Severity.HIGH, uart.severity());
		assertTrue(uart.explanation().contains("'Hub UART console'"), uart.explanation());
		// the JTAG port (fused) and the door lock's SWD port (locked) are disabled in production
		assertFalse(ids(result).contains("iot-debug-port-exposed@e2f51bc9-72bf-4505-b47d-301ebcbf4c7e@ecc14094-1615-4f69-b323-6f7c8075b4ad"));
		// the installer setup UI's default password, the same on every hub
		assertTrue(find(result, "iot-default-credentials@739ac36a-e41c-4bf0-967f-d0d70b6eddef@3e57f8c1-4876-4e1d-82a6-24fda52b9b5a")
				.explanation().contains("running on Gateway 'HearthLink Hub'"));
		// the plug joins with the default link key, the motion sensor bonds with Just Works
		find(result, "iot-radio-pairing-unauthenticated@7625bece-7fe5-4b08-86fa-d57d166fb13c@e16e1822-adfe-4355-bf48-427287a19a4c");
		find(result, "iot-radio-pairing-unauthenticated@4424407e-d585-494e-b3ee-921980cafcaf@4fe26dfb-b133-42ef-9f51-c8ac43838b8b");
		// the plug's module accepts any older signed image
		find(result, "iot-update-no-rollback-protection@7625bece-7fe5-4b08-86fa-d57d166fb13c@5f285266-bb9f-46e5-a063-e75afc3984fc");
		// Wi-Fi passphrase and Zigbee key in plain files on an unencrypted partition
		assertEquals(Severity.HIGH, find(result,
				"iot-device-store-unencrypted@d7399ba9-3518-4f24-a5fe-88557a967226@e2f51bc9-72bf-4505-b47d-301ebcbf4c7e").severity());
		// presence-revealing telemetry goes to the cloud
		find(result, "iot-telemetry-personal-data@3535b892-db63-45c7-974e-1568886e6729");
		// the door lock is safety-relevant but tamper resistant, with secure boot, and its updates can be deferred
		assertTrue(result.findings().stream().noneMatch(f -> f.subjects().get(0).id().equals("45884f06-3702-4c3f-9cb5-b9d1ca8fcab2")),
				result.findings().toString());
		assertEquals(Map.ofEntries(Map.entry("iot-debug-port-exposed", 1L), Map.entry("iot-default-credentials", 1L),
				Map.entry("iot-device-store-unencrypted", 2L), Map.entry("iot-radio-pairing-unauthenticated", 2L),
				Map.entry("iot-removable-media-port", 1L), Map.entry("iot-secure-boot-missing", 1L),
				Map.entry("iot-telemetry-personal-data", 4L), Map.entry("iot-update-automatic-not-controllable", 2L),
				Map.entry("iot-update-no-rollback-protection", 1L)), countsByRule(result));
	}

	@Test
	void industrialGateway() throws Exception {
		AnalysisResult result = analyse("industrial-gateway.tw");
		String plc2 = "72bed305-7046-4d3a-adb5-86845c3da5ac";
		// Modbus TCP without authentication on a safety-relevant PLC
		Finding modbus = find(result, "iot-unauthenticated-network-interface@" + plc2 + "@c63c7f25-4780-4cb2-8210-3589d54bba33");
		assertEquals(Severity.CRITICAL, modbus.severity());
		assertTrue(modbus.explanation().contains("safety-relevant"), modbus.explanation());
		// the factory default account of the PLC's FTP and web server
		find(result, "iot-default-credentials@" + plc2 + "@e1bd966c-7c8e-4d16-8e35-89737b41354f");
		// checksum-only PLC firmware and vibration sensor firmware without signature checks
		assertEquals(Severity.CRITICAL, find(result, "iot-update-unsigned@" + plc2 + "@cd7e3ec7-9743-4f89-9046-c5430a7183e6").severity());
		find(result, "iot-update-unsigned@2684bd2a-12e1-41d5-9470-aa40b911e5d5@231545c9-08c7-4f92-8ca6-75127a4ad303");
		// unsigned configuration bundles from a USB stick
		find(result, "iot-removable-media-port@d3d8e3c2-c046-4fbf-811a-50d9c74c86d4@b67a4d4d-5615-4557-a4c5-2635f3761b62");
		// older signed S7-1500 firmware can be loaded again
		find(result, "iot-update-no-rollback-protection@968435e6-352b-4d5a-aa89-e2f774bbe686@a6c98081-7637-4770-ba90-3525ab69d13d");
		// the service console has per-device passwords: still a finding, lowered to medium
		assertEquals(Severity.MEDIUM, find(result,
				"iot-debug-port-exposed@d3d8e3c2-c046-4fbf-811a-50d9c74c86d4@6bcd4245-350f-4e55-8fd5-8611ddf32d5d").severity());
		// the SSH service is off in production images
		assertTrue(result.findings().stream().noneMatch(f -> f.id().contains("a8cf2111-")), result.findings().toString());
		assertEquals(Map.ofEntries(Map.entry("iot-debug-port-exposed", 1L), Map.entry("iot-default-credentials", 1L),
				Map.entry("iot-device-store-unencrypted", 1L), Map.entry("iot-no-update-mechanism", 2L),
				Map.entry("iot-removable-media-port", 4L), Map.entry("iot-safety-device-not-tamper-resistant", 2L),
				Map.entry("iot-secure-boot-missing", 5L), Map.entry("iot-unauthenticated-network-interface", 2L),
				Map.entry("iot-update-no-rollback-protection", 6L), Map.entry("iot-update-unsigned", 2L)),
				countsByRule(result));
	}

	@Test
	void medicalWearable() throws Exception {
		AnalysisResult result = analyse("medical-wearable.tw");
		String patch = "4b1556b6-f59d-4a75-b985-0076cd9a67df";
		// MCUboot accepts any validly signed image, older ones included
		find(result, "iot-update-no-rollback-protection@" + patch + "@31c460d3-4f12-48f2-b162-8983a83686a7");
		// the ECG ring buffer is unencrypted flash that can be desoldered
		assertTrue(find(result, "iot-device-store-unencrypted@ab57b65c-7ce8-4e24-9133-d5bf3bc46675@" + patch)
				.explanation().contains("health, personal data"));
		// no Windows updates since the end of Windows 10 support
		assertTrue(find(result, "iot-support-period-ended@5079c051-0a5c-4e02-a993-6328c72ab5b9").explanation()
				.contains("2025-10-14"));
		// the patch's SWD port is locked in production and it pairs out of band
		assertTrue(result.findings().stream().noneMatch(f -> f.ruleId().equals("iot-debug-port-exposed")
				|| f.ruleId().equals("iot-radio-pairing-unauthenticated")), result.findings().toString());
		assertEquals(Map.ofEntries(Map.entry("iot-device-store-unencrypted", 1L), Map.entry("iot-removable-media-port", 1L),
				Map.entry("iot-sensitive-data-without-secure-storage", 1L), Map.entry("iot-support-period-ended", 1L),
				Map.entry("iot-update-no-rollback-protection", 2L)), countsByRule(result));
	}
}
