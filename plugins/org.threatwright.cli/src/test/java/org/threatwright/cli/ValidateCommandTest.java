package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.model.SmallModels;
import org.threatwright.model.io.ModelFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ValidateCommandTest {

	@TempDir
	Path dir;

	private Path save(SmallModels small, String name) throws Exception {
		Path file = dir.resolve(name);
		ModelFiles.save(small.model, file);
		return file;
	}

	@Test
	void validModelPassesWithExitCodeZero() throws Exception {
		Path file = save(new SmallModels(), "hub.tw");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(0, run.exitCode(), run.toString());
		assertEquals(file + ": valid (0 errors, 0 warnings)\n", run.out());
		assertEquals("", run.err());
	}

	@Test
	void errorsNameFileLineElementAndProblem() throws Exception {
		SmallModels small = new SmallModels();
		small.tls.setSupplier(null);
		Path file = save(small, "hub.tw");
		int line = lineContaining(file, "id=\"" + small.tls.getId() + "\"");

		CliRun run = CliRun.of("validate", file.toString());

		assertEquals(1, run.exitCode());
		List<String> lines = run.out().lines().toList();
		assertEquals(2, lines.size(), run.out());
		assertTrue(lines.get(0).startsWith(file + ":" + line + ": error [supplier-missing] Component 'Mbed TLS' ("),
				lines.get(0));
		assertEquals(file + ": invalid (1 error, 0 warnings)", lines.get(1));
	}

	@Test
	void warningsPassUnlessStrict() throws Exception {
		SmallModels small = new SmallModels();
		small.cloud.setName("Hub");
		Path file = save(small, "hub.tw");
		assertEquals(0, CliRun.of("validate", file.toString()).exitCode());
		CliRun strict = CliRun.of("validate", "--strict", file.toString());
		assertEquals(1, strict.exitCode());
		assertTrue(strict.out().endsWith(file + ": invalid (0 errors, 1 warning)\n"), strict.out());
		CliRun quiet = CliRun.of("validate", "--quiet", file.toString());
		assertEquals(file + ": valid (0 errors, 1 warning)\n", quiet.out());
	}

	@Test
	void corruptedFileExitsWithThreeAndNamesLine() throws Exception {
		Path file = save(new SmallModels(), "hub.tw");
		String xml = Files.readString(file);
		Files.writeString(file, xml.substring(0, xml.length() / 2));

		CliRun run = CliRun.of("validate", file.toString());

		assertEquals(3, run.exitCode());
		assertTrue(run.err().matches("(?s)" + java.util.regex.Pattern.quote(file.toString())
				+ ":\\d+:\\d+: error: not well-formed XML: .*"), run.err());
		assertEquals(file + ": cannot be read\n", run.out());
		assertEquals(xml.substring(0, xml.length() / 2), Files.readString(file), "validate must not touch the file");
	}

	@Test
	void emptyAndBinaryFilesAreRefused() throws Exception {
		Path empty = Files.createFile(dir.resolve("empty.tw"));
		Path binary = Files.write(dir.resolve("binary.tw"), new byte[] { 1, 2, 0, 3 });
		CliRun run = CliRun.of("validate", empty.toString(), binary.toString());
		assertEquals(3, run.exitCode());
		assertTrue(run.err().contains(empty + ": error: the file is empty: no model in it"), run.err());
		assertTrue(run.err().contains(binary + ": error: binary content (a NUL byte at offset 2)"), run.err());
	}

	@Test
	void unknownElementTypeIsNamedWithItsLine() throws Exception {
		Path file = save(new SmallModels(), "hub.tw");
		String xml = Files.readString(file).replaceFirst("xsi:type=\"tw:CloudService\"", "xsi:type=\"tw:Toaster\"");
		Files.writeString(file, xml);
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(3, run.exitCode());
		assertTrue(run.err().startsWith(file + ":" + lineContaining(file, "tw:Toaster") + ":"), run.err());
		assertTrue(run.err().contains("error: unknown element type 'Toaster'"), run.err());
	}

	@Test
	void worstExitCodeOfSeveralFilesWins() throws Exception {
		Path good = save(new SmallModels(), "good.tw");
		SmallModels broken = new SmallModels();
		broken.hubToCloud.setSource(null);
		Path bad = save(broken, "bad.tw");
		assertEquals(1, CliRun.of("validate", good.toString(), bad.toString()).exitCode());
		assertEquals(3, CliRun.of("validate", good.toString(), bad.toString(), dir.resolve("missing.tw").toString())
				.exitCode());
	}

	@Test
	void jsonReportListsProblemsWithLines() throws Exception {
		SmallModels small = new SmallModels();
		small.tls.setPurl("not a purl");
		Path file = save(small, "hub.tw");
		CliRun run = CliRun.of("validate", "--format", "json", file.toString());
		assertEquals(1, run.exitCode());
		JsonNode report = new ObjectMapper().readTree(run.out()).get(0);
		assertEquals(file.toString(), report.get("file").asText());
		assertEquals(false, report.get("valid").asBoolean());
		JsonNode problem = report.get("problems").get(0);
		assertEquals("purl-invalid", problem.get("code").asText());
		assertEquals(small.tls.getId(), problem.get("elementId").asText());
		assertEquals(lineContaining(file, "id=\"" + small.tls.getId() + "\""), problem.get("line").asInt());
	}

	@Test
	void missingArgumentIsAUsageError() {
		CliRun run = CliRun.of("validate");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("Missing required parameter: 'FILE'"), run.err());
	}

	static int lineContaining(Path file, String needle) throws Exception {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(needle)) {
				return i + 1;
			}
		}
		throw new AssertionError(needle + " not in " + file);
	}
}
