package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.model.SmallModels;
import org.threatwright.model.io.ModelFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AnalyzeCommandTest {

	private static final String DAY = "2026-11-23";

	@TempDir
	Path dir;

	private Path saved(SmallModels small) throws Exception {
		Path file = dir.resolve("hub.tw");
		ModelFiles.save(small.model, file);
		return file;
	}

	@Test
	void jsonRegisterHasTheDocumentedFields() throws Exception {
		SmallModels small = new SmallModels();
		CliRun run = CliRun.of("analyze", "--format", "json", "--date", DAY, saved(small).toString());
		assertEquals(0, run.exitCode(), run.err());
		JsonNode register = new ObjectMapper().readTree(run.out());
		assertEquals("Test hub", register.get("model").get("name").asText());
		assertEquals(DAY, register.get("evaluationDate").asText());
		assertTrue(register.get("summary").get("complete").asBoolean());
		JsonNode spoofing = null;
		for (JsonNode finding : register.get("findings")) {
			if (finding.get("id").asText().equals("stride-process-spoofing@" + small.hub.getId())) {
				spoofing = finding;
			}
			assertEquals(Set.of("id", "ruleId", "family", "stride", "severity", "title", "elements", "explanation",
					"status", "cwe", "capec", "mitigation", "references"), fieldNames(finding));
		}
		assertEquals("stride-process-spoofing", spoofing.get("ruleId").asText());
		assertEquals("Spoofing", spoofing.get("stride").asText());
		assertEquals("open", spoofing.get("status").asText());
		assertEquals(small.hub.getId(), spoofing.get("elements").get(0).get("id").asText());
		assertEquals("Hub", spoofing.get("elements").get(0).get("name").asText());
		assertEquals("CWE-290", spoofing.get("cwe").get(0).asText());
		assertEquals(register.get("findings").size(), register.get("summary").get("findings").asInt());
	}

	@Test
	void twoRunsAreByteIdentical() throws Exception {
		Path file = saved(new SmallModels());
		for (String format : List.of("json", "csv", "md", "text", "html")) {
			CliRun first = CliRun.of("analyze", "--format", format, "--date", DAY, file.toString());
			CliRun second = CliRun.of("analyze", "--format", format, "--date", DAY, file.toString());
			assertEquals(first.out(), second.out(), format);
		}
	}

	@Test
	void failOnGatesOnTheSeverityOfOpenFindings() throws Exception {
		Path file = saved(new SmallModels());
		// the small model yields at least one low finding (STRIDE per element) and, here, nothing critical
		assertEquals(1, CliRun.of("analyze", "--fail-on", "low", "--date", DAY, file.toString()).exitCode());
		assertEquals(0, CliRun.of("analyze", "--fail-on", "critical", "--date", DAY, file.toString()).exitCode());
		CliRun wrong = CliRun.of("analyze", "--fail-on", "severe", file.toString());
		assertEquals(2, wrong.exitCode());
		assertTrue(wrong.err().contains("--fail-on: not a severity: 'severe'"), wrong.err());
	}

	@Test
	void anInvalidModelIsRefusedWithItsValidationErrors() throws Exception {
		SmallModels small = new SmallModels();
		small.tls.setSupplier(null);
		Path file = saved(small);
		CliRun run = CliRun.of("analyze", file.toString());
		assertEquals(1, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().contains("error [supplier-missing]"), run.err());
		assertTrue(run.err().endsWith(file + ": not analysed: the model has 1 error\n"), run.err());
	}

	@Test
	void htmlRegisterEscapesModelTextAndHasItsSections() throws Exception {
		SmallModels small = new SmallModels();
		small.model.setName("Hub <script>alert(1)</script>");
		small.hub.setName("Hub & \"Co\"");
		small.cloud.getDataAssets().add(small.telemetry);
		small.telemetry.setIntegrity(org.threatwright.model.SecurityLevel.CRITICAL);
		CliRun run = CliRun.of("analyze", "--format", "html", "--date", DAY, saved(small).toString());
		assertEquals(0, run.exitCode(), run.err());
		String html = run.out();
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertTrue(html.contains("<h1>Threat register: Hub &lt;script&gt;alert(1)&lt;/script&gt; 1.0</h1>"), html);
		assertTrue(!html.contains("<script"), "model text must never become markup");
		assertTrue(html.contains("Hub &amp; &quot;Co&quot;"));
		assertTrue(html.contains("<h2>Attack paths</h2>"));
		assertTrue(html.contains("<h2 id=\"low\">Low ("), html);
		assertTrue(html.contains("stride-process-spoofing@" + small.hub.getId()));
	}

	@Test
	void outWritesTheRegisterToAFile() throws Exception {
		Path file = saved(new SmallModels());
		Path csv = dir.resolve("register.csv");
		CliRun run = CliRun.of("analyze", "--format", "csv", "--date", DAY, "--out", csv.toString(), file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.out());
		List<String> lines = Files.readAllLines(csv);
		assertEquals("id,ruleId,family,stride,severity,title,elements,elementIds,explanation,status,justification,cwe,capec,mitigation",
				lines.get(0));
		assertTrue(lines.size() > 10);
	}

	@Test
	void outGivenADirectoryWritesModelThreatsFileThere() throws Exception {
		Path file = saved(new SmallModels());
		Path reports = Files.createDirectory(dir.resolve("reports"));
		CliRun run = CliRun.of("analyze", "--format", "md", "--date", DAY, "--out", reports.toString(), file.toString());
		assertEquals(0, run.exitCode(), run.err());
		String name = file.getFileName().toString().replace(".tw", "") + "-threats.md";
		assertEquals(List.of(name), Files.list(reports).map(p -> p.getFileName().toString()).toList());
		assertTrue(Files.readString(reports.resolve(name)).startsWith("# "));
		assertTrue(run.err().contains("wrote " + reports.resolve(name)), run.err());
	}

	@Test
	void anUnwritableOutIsAClearErrorNotAStackTrace() throws Exception {
		Path file = saved(new SmallModels());
		Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
		Path missing = notADirectory.resolve("register.json");
		CliRun run = CliRun.of("analyze", "--format", "json", "--date", DAY, "--out", missing.toString(), file.toString());
		assertEquals(3, run.exitCode());
		assertTrue(run.err().startsWith(missing + ": error: cannot write the register: "), run.err());
		assertFalse(run.err().contains("\tat "), run.err());
	}

	@Test
	void blastRadiusOfEachEntryPointIsInTheJsonRegister() throws Exception {
		SmallModels small = new SmallModels();
		small.cloud.getDataAssets().add(small.telemetry);
		small.telemetry.setIntegrity(org.threatwright.model.SecurityLevel.CRITICAL);
		JsonNode register = new ObjectMapper().readTree(
				CliRun.of("analyze", "--format", "json", "--date", DAY, saved(small).toString()).out());
		JsonNode fromHub = register.get("blastRadius").get(0);
		assertEquals(small.hub.getId(), fromHub.get("entryPoint").get("id").asText());
		assertEquals(small.cloud.getId(), fromHub.get("targetsReached").get(0).get("target").get("id").asText());
		assertEquals(1, fromHub.get("targetsReached").get(0).get("steps").asInt());
		assertTrue(fromHub.get("reachedElements").asInt() >= 1);
		JsonNode none = new ObjectMapper().readTree(CliRun.of("analyze", "--format", "json", "--date", DAY, "--paths", "0",
				saved(small).toString()).out());
		assertEquals(0, none.get("blastRadius").size());
	}

	@Test
	void attackPathsLeadFromEntryPointsToHighValueTargets() throws Exception {
		SmallModels small = new SmallModels();
		small.cloud.getDataAssets().add(small.telemetry);
		small.telemetry.setIntegrity(org.threatwright.model.SecurityLevel.CRITICAL);
		Path file = saved(small);
		JsonNode register = new ObjectMapper().readTree(
				CliRun.of("analyze", "--format", "json", "--date", DAY, file.toString()).out());
		JsonNode target = register.get("attackPaths").get(0);
		assertEquals("Cloud API", target.get("target").get("name").asText());
		JsonNode path = target.get("paths").get(0);
		assertEquals("Hub", path.get("entryPoint").get("name").asText()); // its UART is physically reachable
		assertEquals(1, path.get("length").asInt());
		assertEquals(small.hubToCloud.getId(), path.get("steps").get(0).get("via").asText());
		assertEquals(List.of("Hub enclosure", "Home network", "Cloud tenant"),
				java.util.stream.StreamSupport.stream(path.get("boundariesCrossed").spliterator(), false)
						.map(b -> b.get("name").asText()).toList());
		assertEquals(small.hubToCloud.getId(), target.get("minimumCut").get(0).get("via").asText());

		String text = CliRun.of("analyze", "--date", DAY, file.toString()).out();
		assertTrue(text.contains("Attack paths to Cloud API:\n  Hub → Cloud API (crosses Hub enclosure, Home network, Cloud tenant)\n"
				+ "  Blocking this step cuts every path: Hub → Cloud API (flow " + small.hubToCloud.getId() + ").\n"), text);
		assertEquals("[]", new ObjectMapper().readTree(CliRun.of("analyze", "--format", "json", "--paths", "0",
				"--date", DAY, file.toString()).out()).get("attackPaths").toString());
	}

	@Test
	void everyExampleAnalysesCompletely() throws Exception {
		try (var files = Files.list(Path.of(System.getProperty("threatwright.examples")))) {
			for (Path example : files.filter(f -> f.toString().endsWith(".tw")).sorted().toList()) {
				CliRun run = CliRun.of("analyze", "--format", "json", "--date", DAY, example.toString());
				assertEquals(0, run.exitCode(), example + ": " + run.err());
				JsonNode register = new ObjectMapper().readTree(run.out());
				assertTrue(register.get("findings").size() > 100, example.toString());
				assertTrue(register.get("attackPaths").size() > 0, example + ": no attack paths");
			}
		}
	}

	private static Set<String> fieldNames(JsonNode node) {
		Set<String> names = new java.util.HashSet<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}
}
