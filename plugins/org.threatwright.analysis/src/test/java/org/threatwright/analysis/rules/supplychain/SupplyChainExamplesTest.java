package org.threatwright.analysis.rules.supplychain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;

/** The whole family on the three example models: no failures, and the weaknesses they describe are caught. */
class SupplyChainExamplesTest {

	private static Map<String, Finding> analyse(String example) throws Exception {
		SystemModel model = ModelFiles.load(Path.of(System.getProperty("threatwright.examples"), example));
		AnalysisResult result = new ThreatAnalysis(model, SupplyChainRules.ALL, RuleRun.DAY).run();
		assertEquals(List.of(), result.failures(), example);
		assertTrue(result.findings().stream().allMatch(f -> f.ruleId().startsWith("supply-chain-")));
		return result.findings().stream().collect(Collectors.toMap(Finding::id, f -> f));
	}

	private static Finding expect(Map<String, Finding> findings, String ruleId, String... subjectIds) {
		String id = ruleId + "@" + String.join("@", subjectIds);
		Finding finding = findings.get(id);
		assertTrue(finding != null, "missing " + id);
		return finding;
	}

	@Test
	void theFamilyHasThirteenRulesWithDistinctIds() {
		assertEquals(13, SupplyChainRules.ALL.size());
		assertEquals(13, SupplyChainRules.ALL.stream().map(ThreatRule::id).collect(Collectors.toSet()).size());
	}

	@Test
	void smartHomeHub() throws Exception {
		Map<String, Finding> findings = analyse("smart-home-hub.tw");
		// Mbed TLS 3.5 of the door lock stopped receiving fixes in 2024; the lock is safety-relevant
		Finding mbedTls = expect(findings, ComponentPastEndOfSupportRule.ID, "8e0ef822-23d7-4708-9610-37734d85c3a1");
		assertEquals(Severity.CRITICAL, mbedTls.severity());
		assertTrue(mbedTls.explanation().contains("Device 'Smart door lock'"), mbedTls.explanation());
		// OpenSSL 3.0 LTS ended in September 2026; the hub is not marked safety-relevant
		assertEquals(Severity.HIGH,
				expect(findings, ComponentPastEndOfSupportRule.ID, "8d3cae6a-40d1-46d9-8e1a-e0da14b9cd31").severity());
		// Linux 5.15 ends in December 2026, before the hub's support period (2031)
		assertTrue(expect(findings, ComponentEndOfSupportSoonRule.ID, "f433dcb9-6b24-46ca-83ac-73f9b8093456")
				.explanation().contains("2026-12-31"));
		expect(findings, ComponentSupportShorterThanProductRule.ID, "f433dcb9-6b24-46ca-83ac-73f9b8093456");
		// the smart plug's closed module firmware and its vendor
		expect(findings, ComponentWithoutIdentifierRule.ID, "e2abd5a1-1e64-472c-bc3b-b97201c7a422");
		expect(findings, SupplierWithoutSecurityContactRule.ID, "c670cd43-ffea-4e1c-ac01-372b676a0767");
		expect(findings, SupplierWithoutSecureDesignEvidenceRule.ID, "c670cd43-ffea-4e1c-ac01-372b676a0767");
		// suppliers that state a contact are not reported
		assertEquals(1, count(findings, SupplierWithoutSecurityContactRule.ID));
	}

	@Test
	void industrialGateway() throws Exception {
		Map<String, Finding> findings = analyse("industrial-gateway.tw");
		// Python 3.8 reached end of life in October 2024
		Finding python = expect(findings, ComponentPastEndOfSupportRule.ID, "baa22cf3-962c-4395-8250-b929ffedce23");
		assertTrue(python.explanation().contains("2024-10-07"), python.explanation());
		// the 6.6 kernel's support ends in December 2026, the gateway is supported until 2036
		expect(findings, ComponentEndOfSupportSoonRule.ID, "040a1b47-b3ec-4e8d-bc6f-cd607eff2089");
		expect(findings, ComponentSupportShorterThanProductRule.ID, "040a1b47-b3ec-4e8d-bc6f-cd607eff2089");
		// the vibration sensor's closed firmware and its maker
		expect(findings, ComponentWithoutIdentifierRule.ID, "43d73eae-6f70-42a9-a41f-b98c08f20abc");
		expect(findings, SupplierWithoutSecurityContactRule.ID, "d49bda23-2c3b-497c-82c5-5363213df875");
		expect(findings, SupplierWithoutSecureDesignEvidenceRule.ID, "d49bda23-2c3b-497c-82c5-5363213df875");
		// the safety-relevant PLCs run firmware of suppliers with evidence
		assertEquals(0, count(findings, SafetyComponentSupplierWithoutEvidenceRule.ID));
	}

	@Test
	void medicalWearable() throws Exception {
		Map<String, Finding> findings = analyse("medical-wearable.tw");
		// the binary arrhythmia library of a four-person company runs on the safety-relevant patch
		Finding library = expect(findings, SafetyComponentSupplierWithoutEvidenceRule.ID,
				"4b1556b6-f59d-4a75-b985-0076cd9a67df", "db7e1b0b-1633-4fb7-b5f5-52ef8ab5cddd");
		assertEquals(Severity.HIGH, library.severity());
		expect(findings, ComponentWithoutIdentifierRule.ID, "db7e1b0b-1633-4fb7-b5f5-52ef8ab5cddd");
		expect(findings, SupplierWithoutSecurityContactRule.ID, "81e9cebf-1199-487f-a0e0-87b00bca33a1");
		// Windows 10 ended in October 2025, .NET 8 on 10 November 2026, thirteen days before the evaluation
		expect(findings, ComponentPastEndOfSupportRule.ID, "d949cb42-cbbb-4c60-b895-0dd0028d71a3");
		assertTrue(expect(findings, ComponentPastEndOfSupportRule.ID, "f9c1ef2a-be8c-44f4-b8fe-c8bf541f4b72")
				.explanation().contains("2026-11-10, 13 days before"));
		// Zephyr 3.7 on the patch: within twelve months, and before the product's 2033 support end
		expect(findings, ComponentEndOfSupportSoonRule.ID, "83dd2bf0-ee20-46d8-94d0-242d25ef3f78");
		expect(findings, ComponentSupportShorterThanProductRule.ID, "83dd2bf0-ee20-46d8-94d0-242d25ef3f78");
	}

	@Test
	void theExamplesStateOriginVersionAndLicenceOfEveryComponent() throws Exception {
		for (String example : List.of("smart-home-hub.tw", "industrial-gateway.tw", "medical-wearable.tw")) {
			Map<String, Finding> findings = analyse(example);
			for (String ruleId : Set.of(ComponentOriginUnknownRule.ID, ComponentWithoutVersionRule.ID,
					ComponentWithoutLicenceRule.ID, ComponentNotAssessedRule.ID)) {
				assertEquals(0, count(findings, ruleId), example + ": " + ruleId);
			}
			assertFalse(findings.isEmpty(), example);
		}
	}

	private static long count(Map<String, Finding> findings, String ruleId) {
		return findings.values().stream().filter(f -> f.ruleId().equals(ruleId)).count();
	}
}
