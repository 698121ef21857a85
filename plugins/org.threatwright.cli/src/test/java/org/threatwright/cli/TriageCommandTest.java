package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.model.SmallModels;
import org.threatwright.model.io.ModelFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Triage survives re-derivation: decisions are joined by finding id, and vanished findings show as resolved. */
class TriageCommandTest {

	@TempDir
	Path dir;

	private JsonNode analyze(Path model) throws Exception {
		CliRun run = CliRun.of("analyze", "--format", "json", "--date", "2026-11-23", model.toString());
		assertEquals(0, run.exitCode(), run.err());
		return new ObjectMapper().readTree(run.out());
	}

	private static JsonNode finding(JsonNode register, String id) {
		for (JsonNode finding : register.get("findings")) {
			if (finding.get("id").asText().equals(id)) {
				return finding;
			}
		}
		return null;
	}

	@Test
	void aDecisionSurvivesReanalysisAndIsReportedResolvedWhenItsFindingVanishes() throws Exception {
		SmallModels small = new SmallModels();
		Path model = dir.resolve("hub.tw");
		ModelFiles.save(small.model, model);
		String id = "stride-process-spoofing@" + small.sensor.getId();

		CliRun triage = CliRun.of("triage", model.toString(), id, "--status", "mitigated", "--justification",
				"Sensor joins with its install code", "--by", "ada");
		assertEquals(0, triage.exitCode(), triage.err());
		assertTrue(Files.exists(dir.resolve("hub.tw.triage.json")));

		JsonNode register = analyze(model);
		assertEquals("mitigated", finding(register, id).get("status").asText());
		assertEquals("ada", finding(register, id).get("triage").get("by").asText());
		assertEquals(register.get("summary").get("findings").asInt() - 1, register.get("summary").get("open").asInt());
		assertEquals(0, register.get("resolvedTriage").size());

		// the sensor leaves the model: its finding is no longer derived, and the decision is not silently dropped
		small.model.getFlows().remove(small.sensorToHub);
		small.home.getMembers().remove(small.sensor);
		small.model.getElements().remove(small.sensor);
		ModelFiles.save(small.model, model);
		register = analyze(model);
		assertEquals(null, finding(register, id));
		assertEquals(id, register.get("resolvedTriage").get(0).get("findingId").asText());
		assertEquals("mitigated", register.get("resolvedTriage").get(0).get("status").asText());
		assertTrue(CliRun.of("analyze", "--date", "2026-11-23", model.toString()).out()
				.contains("RESOLVED " + id + ": the rule no longer fires (was mitigated by ada"));
	}

	@Test
	void triagedFindingsNoLongerTripTheGate() throws Exception {
		SmallModels small = new SmallModels();
		small.model.getElements().remove(small.user); // fewer findings to triage
		small.model.getFlows().clear();
		small.model.getElements().retainAll(java.util.List.of(small.hub));
		small.home.getMembers().clear();
		small.tenant.getMembers().clear();
		small.hub.getUpdateMechanism().setDeliveredBy(null);
		Path model = dir.resolve("hub.tw");
		ModelFiles.save(small.model, model);
		JsonNode register = analyze(model);
		for (JsonNode finding : register.get("findings")) {
			assertEquals(0, CliRun.of("triage", model.toString(), finding.get("id").asText(), "--status", "accepted",
					"--justification", "test", "--by", "ada").exitCode());
		}
		assertEquals(0, CliRun.of("analyze", "--fail-on", "info", "--date", "2026-11-23", model.toString()).exitCode());
		assertEquals(0, analyze(model).get("summary").get("open").asInt());
	}

	@Test
	void unknownFindingAndMissingJustificationAreRefusedAndNothingIsWritten() throws Exception {
		SmallModels small = new SmallModels();
		Path model = dir.resolve("hub.tw");
		ModelFiles.save(small.model, model);
		CliRun unknown = CliRun.of("triage", model.toString(), "no-such-rule@x", "--status", "mitigated",
				"--justification", "x");
		assertEquals(1, unknown.exitCode());
		assertTrue(unknown.err().contains("no finding 'no-such-rule@x' in the current analysis"), unknown.err());
		CliRun noReason = CliRun.of("triage", model.toString(), "stride-process-spoofing@" + small.hub.getId(),
				"--status", "accepted");
		assertEquals(2, noReason.exitCode());
		assertTrue(noReason.err().contains("needs a justification"), noReason.err());
		assertFalse(Files.exists(dir.resolve("hub.tw.triage.json")));
	}
}
