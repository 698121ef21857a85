package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code threatwright import} and {@code export}: exit codes, messages, nothing written on failure. */
class ImportExportCommandTest {

	@TempDir
	Path dir;

	private Path otm() throws Exception {
		Path file = dir.resolve("manual.yaml");
		Files.copy(Path.of(getClass().getResource("/interchange/manual_threat_model.yaml").toURI()), file,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return file;
	}

	@Test
	void importsWritesTheModelAndPrintsTheSummary() throws Exception {
		Path model = dir.resolve("m.tw");
		CliRun run = CliRun.of("import", "otm", otm().toString(), "-o", model.toString(), "--report", dir.resolve("r.json").toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("3 elements, 2 flows, 3 boundaries"), run.out());
		assertTrue(Files.exists(model) && Files.exists(dir.resolve("r.json")));
		assertEquals(0, CliRun.of("validate", model.toString()).exitCode());
	}

	@Test
	void refusesToOverwriteWithoutForce() throws Exception {
		Path model = dir.resolve("m.tw");
		Files.writeString(model, "keep");
		CliRun run = CliRun.of("import", "otm", otm().toString(), "-o", model.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("exists; not overwritten (use --force"), run.err());
		assertEquals("keep", Files.readString(model));
		assertEquals(0, CliRun.of("import", "otm", otm().toString(), "-o", model.toString(), "--force").exitCode());
	}

	@Test
	void wrongFormatExitsThreeNamingFileAndPlaceAndWritesNothing() throws Exception {
		Path model = dir.resolve("m.tw");
		CliRun run = CliRun.of("import", "threatdragon", otm().toString(), "-o", model.toString());
		assertEquals(3, run.exitCode());
		assertTrue(run.err().contains(otm() + ": at /: not a Threat Dragon file"), run.err());
		assertTrue(run.err().contains("this looks like an Open Threat Model (OTM) file"), run.err());
		assertFalse(Files.exists(model));
	}

	@Test
	void exportsOtmAndThreatDragonAndTurtle() throws Exception {
		Path model = dir.resolve("m.tw");
		assertEquals(0, CliRun.of("import", "otm", otm().toString(), "-o", model.toString()).exitCode());
		assertEquals(0, CliRun.of("export", "otm", model.toString(), "-o", dir.resolve("m.otm.json").toString()).exitCode());
		assertTrue(Files.readString(dir.resolve("m.otm.json")).contains("\"otmVersion\" : \"0.2.0\""));
		assertEquals(0, CliRun.of("export", "threatdragon", model.toString(), "-o", dir.resolve("m.td.json").toString()).exitCode());
		assertEquals(0, CliRun.of("import", "threatdragon", dir.resolve("m.td.json").toString(), "-o", dir.resolve("back.tw").toString()).exitCode());
		assertEquals(0, CliRun.of("export", "turtle", model.toString(), "-o", dir.resolve("m.ttl").toString()).exitCode());
		assertTrue(Files.readString(dir.resolve("m.ttl")).contains("Web server"));
		assertEquals(2, CliRun.of("export", "svg", model.toString(), "-o", dir.resolve("m.svg").toString()).exitCode());
	}
}
