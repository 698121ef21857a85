package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.model.SmallModels;
import org.threatwright.model.io.ModelFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TraceCommandTest {

	@TempDir
	Path dir;

	@Test
	void tracesAnElementWithItsTriageStatusPublishingOnlyWhenTheModelChanged() throws Exception {
		SmallModels small = new SmallModels();
		Path model = dir.resolve("hub.tw");
		ModelFiles.save(small.model, model);
		String id = "stride-process-spoofing@" + small.sensor.getId();
		assertEquals(0, CliRun.of("triage", model.toString(), id, "--status", "mitigated", "--justification", "install code",
				"--by", "ada").exitCode());

		CliRun first = CliRun.of("trace", model.toString(), "--element", small.sensor.getName(), "--format", "json");
		assertEquals(0, first.exitCode(), first.err());
		assertTrue(first.err().contains("published the analysis"), first.err());
		JsonNode trace = new ObjectMapper().readTree(first.out()).get(0);
		assertEquals(small.sensor.getId(), trace.get("element").get("id").asText());
		boolean found = false;
		for (JsonNode finding : trace.get("findings")) {
			if (finding.get("id").asText().equals(id)) {
				found = true;
				assertEquals("mitigated", finding.get("status").asText());
			}
		}
		assertTrue(found, first.out());

		CliRun second = CliRun.of("trace", model.toString(), "--element", small.sensor.getId());
		assertEquals(0, second.exitCode(), second.err());
		assertFalse(second.err().contains("published"), "the published analysis is current: " + second.err());
		assertTrue(second.out().contains("[mitigated]"), second.out());
	}

	@Test
	void clausesGapsAndUnknownThings() throws Exception {
		SmallModels small = new SmallModels();
		Path model = dir.resolve("hub.tw");
		ModelFiles.save(small.model, model);
		CliRun clause = CliRun.of("trace", model.toString(), "--clause", "iotsf:2.4.3.24");
		assertEquals(0, clause.exitCode(), clause.err());
		assertTrue(clause.out().startsWith("iotsf 2.4.3.24"), clause.out());
		assertTrue(clause.out().contains("evidence: 0"), clause.out());

		CliRun gaps = CliRun.of("trace", model.toString(), "--gaps", "--catalogue", "zvei-hpr");
		assertEquals(0, gaps.exitCode(), gaps.err());
		assertTrue(gaps.out().contains("clauses without evidence (zvei-hpr)"), gaps.out());
		assertFalse(gaps.out().contains("iotsf"), gaps.out());

		assertEquals(1, CliRun.of("trace", model.toString(), "--element", "x\" } ; DROP ALL ; #").exitCode());
		assertEquals(1, CliRun.of("trace", model.toString(), "--clause", "iotsf:9.9.9").exitCode());
		assertEquals(2, CliRun.of("trace", model.toString(), "--clause", "2.4.3.24").exitCode());
		assertEquals(2, CliRun.of("trace", model.toString()).exitCode());
		assertEquals(0, CliRun.of("trace", model.toString(), "--element", small.hub.getId()).exitCode(), "nothing was dropped");
	}
}
