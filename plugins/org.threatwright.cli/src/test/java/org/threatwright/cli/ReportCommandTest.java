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

import com.fasterxml.jackson.databind.ObjectMapper;

class ReportCommandTest {

	@TempDir
	Path dir;

	private Path saved(SmallModels models) throws Exception {
		Path file = dir.resolve("hub.tw");
		ModelFiles.save(models.model, file);
		return file;
	}

	@Test
	void writesASarifLogWithoutCreatingAKnowledgeBase() throws Exception {
		Path model = saved(new SmallModels());
		Path out = dir.resolve("hub.sarif");
		CliRun run = CliRun.of("report", model.toString(), "--format", "sarif", "-o", out.toString(), "--date", "2026-01-15");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.err().contains("wrote " + out), run.err());
		assertEquals("2.1.0", new ObjectMapper().readTree(out.toFile()).get("version").asText());
		assertFalse(Files.exists(dir.resolve("hub.kb")), "a reading command creates no knowledge base");
	}

	@Test
	void anUnreadableModelIsNamedAndNothingIsWritten() throws Exception {
		Path model = dir.resolve("broken.tw");
		Files.writeString(model, "<not a model");
		Path out = dir.resolve("broken.html");
		CliRun run = CliRun.of("report", model.toString(), "--format", "html", "-o", out.toString());
		assertEquals(ExitCode.UNREADABLE, run.exitCode());
		assertTrue(run.err().contains(model.toString()), run.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void anInvalidModelIsRefusedAndAnEarlierReportKept() throws Exception {
		SmallModels models = new SmallModels();
		models.sensorToHub.setSource(null);
		Path model = saved(models);
		Path out = dir.resolve("hub.csv");
		Files.writeString(out, "earlier");
		CliRun run = CliRun.of("report", model.toString(), "--format", "csv", "-o", out.toString());
		assertEquals(ExitCode.FAILED, run.exitCode());
		assertTrue(run.err().contains("not reported"), run.err());
		assertEquals("earlier", Files.readString(out));
	}

	@Test
	void anUnwritableTargetIsReported() throws Exception {
		Path model = saved(new SmallModels());
		Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
		Path out = notAFolder.resolve("hub.csv");
		CliRun run = CliRun.of("report", model.toString(), "--format", "csv", "-o", out.toString());
		assertEquals(ExitCode.UNREADABLE, run.exitCode());
		assertTrue(run.err().contains(out.toString()), run.err());
	}

	@Test
	void formatAndOutputAreRequired() throws Exception {
		Path model = saved(new SmallModels());
		assertEquals(ExitCode.USAGE, CliRun.of("report", model.toString(), "-o", dir.resolve("x").toString()).exitCode());
		assertEquals(ExitCode.USAGE, CliRun.of("report", model.toString(), "--format", "docx", "-o", "x").exitCode());
	}
}
