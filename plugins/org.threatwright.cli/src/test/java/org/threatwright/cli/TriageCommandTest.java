package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageFile;
import org.threatwright.analysis.triage.TriageStatus;
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
		assertTrue(Files.isDirectory(dir.resolve("hub.kb")), "kept in the knowledge base beside the model");
		assertFalse(Files.exists(dir.resolve("hub.tw.triage.json")));

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
		assertFalse(Files.exists(dir.resolve("hub.kb")), "no knowledge base is created for a refused decision");
	}

	@Test
	void aLegacySidecarIsImportedOnceAndItsDecisionsCount() throws Exception {
		SmallModels small = new SmallModels();
		Path model = dir.resolve("hub.tw");
		ModelFiles.save(small.model, model);
		String id = "stride-process-spoofing@" + small.sensor.getId();
		TriageFile.save(Map.of(id, new TriageDecision(id, TriageStatus.ACCEPTED, "pilot only", "ada",
				Instant.parse("2026-11-01T09:00:00Z"))), TriageFile.of(model));

		CliRun run = CliRun.of("analyze", "--format", "json", "--date", "2026-11-23", model.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.err().contains("imported 1 triage decision(s)"), run.err());
		assertTrue(run.err().contains("hub.tw.triage.json.imported"), run.err());
		assertEquals("accepted", finding(new ObjectMapper().readTree(run.out()), id).get("status").asText());
		assertFalse(Files.exists(dir.resolve("hub.tw.triage.json")));
		assertTrue(Files.exists(dir.resolve("hub.tw.triage.json.imported")));

		CliRun list = CliRun.of("triage", model.toString());
		assertEquals(0, list.exitCode(), list.err());
		assertFalse(list.err().contains("imported"), "imported once: " + list.err());
		assertTrue(list.out().startsWith(id + "  accepted  ada"), list.out());
	}

	@Test
	void decisionsLiveInTheGivenStoreFolder() throws Exception {
		SmallModels small = new SmallModels();
		Path model = dir.resolve("hub.tw");
		ModelFiles.save(small.model, model);
		Path store = dir.resolve("shared-kb");
		String id = "stride-process-spoofing@" + small.sensor.getId();
		assertEquals(0, CliRun.of("triage", model.toString(), id, "--status", "mitigated", "--justification", "install code",
				"--by", "ada", "--store", store.toString()).exitCode());
		assertTrue(Files.isDirectory(store));
		assertFalse(Files.exists(dir.resolve("hub.kb")));
		assertEquals(0, analyze(model).get("summary").get("findings").asInt() - analyze(model).get("summary").get("open").asInt(),
				"the default store knows nothing of it");
		CliRun run = CliRun.of("analyze", "--format", "json", "--date", "2026-11-23", "--store", store.toString(), model.toString());
		assertEquals("mitigated", finding(new ObjectMapper().readTree(run.out()), id).get("status").asText());
	}

	@Test
	void aFolderThatIsNoKnowledgeBaseIsAClearErrorWithExitCode3() throws Exception {
		SmallModels small = new SmallModels();
		Path model = dir.resolve("hub.tw");
		ModelFiles.save(small.model, model);
		Path notAStore = Files.createDirectories(dir.resolve("photos"));
		Files.writeString(notAStore.resolve("holiday.jpg"), "not a database");
		for (String command : new String[] { "triage", "analyze" }) {
			CliRun run = CliRun.of(command, model.toString(), "--store", notAStore.toString());
			assertEquals(3, run.exitCode(), command + ": " + run.err());
			assertTrue(run.err().contains("photos") && run.err().contains("not a TDB2 database"), run.err());
		}
		assertEquals(java.util.List.of(notAStore.resolve("holiday.jpg")), Files.list(notAStore).toList(), "nothing written into it");
	}
}
