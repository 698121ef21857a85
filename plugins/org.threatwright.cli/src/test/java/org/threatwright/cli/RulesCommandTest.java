package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.rules.BuiltInRules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class RulesCommandTest {

	@Test
	void listsEveryBuiltInRuleOnce() throws Exception {
		CliRun text = CliRun.of("rules");
		assertEquals(0, text.exitCode());
		assertEquals(BuiltInRules.all().size(), text.out().lines().count());
		assertTrue(text.out().lines().anyMatch(line -> line.startsWith("stride-process-spoofing ")
				&& line.contains(" stride ") && line.contains(" Spoofing ") && line.contains(" low ")), text.out());

		JsonNode json = new ObjectMapper().readTree(CliRun.of("rules", "--format", "json").out());
		assertEquals(BuiltInRules.all().size(), json.size());
		assertEquals("CWE-290", json.get(2).get("cwe").get(0).asText());
		assertTrue(json.get(2).get("mitigation").asText().length() > 20);
	}
}
