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

class ComplyCommandTest {

	private static final String DAY = "2026-01-15";

	@TempDir
	Path dir;

	private Path saved(SmallModels small) throws Exception {
		Path file = dir.resolve("hub.tw");
		ModelFiles.save(small.model, file);
		return file;
	}

	private static SmallModels compliant() {
		SmallModels small = new SmallModels();
		small.hub.getUpdateMechanism().setUserCanDisable(true);
		return small;
	}

	@Test
	void aCompliantModelExitsZeroWithAPerClauseTable() throws Exception {
		CliRun run = CliRun.of("comply", "--date", DAY, saved(compliant()).toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Compliance of Test hub 1.0, IoTSF declared class 2, analysis of 2026-01-15\n"), run.out());
		assertTrue(run.out().contains("  2.4.3.24   met                    Third-party components, each with a named assessor: 1."), run.out());
		assertTrue(run.out().contains("  2.4.3.17   not applicable         Mandatory from class 3; the product is assessed as class 2."));
		assertTrue(run.out().contains("  2.4.3.3    reserved"));
		assertTrue(run.out().contains("evidence: Mbed TLS (assessed by Ada Owner)"));
	}

	@Test
	void triageDecisionsComeFromTheKnowledgeBaseLikeAnalyzes() throws Exception {
		SmallModels small = compliant();
		Path file = saved(small);
		// without a knowledge base or a sidecar, comply reads nothing and creates nothing
		assertEquals(0, CliRun.of("comply", "--date", DAY, file.toString()).exitCode());
		assertFalse(Files.exists(dir.resolve("hub.kb")), "no knowledge base created just to read decisions");
		// a legacy sidecar is imported into the knowledge base, as analyze and triage do
		String findingId = "stride-process-spoofing@" + small.hub.getId();
		TriageFile.save(Map.of(findingId, new TriageDecision(findingId, TriageStatus.MITIGATED, "mutual TLS", "ada",
				Instant.parse("2026-01-10T09:00:00Z"))), TriageFile.of(file));
		CliRun run = CliRun.of("comply", "--date", DAY, file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.err().contains("imported 1 triage decision(s) into the knowledge base"), run.err());
		assertTrue(Files.exists(dir.resolve("hub.kb")));
		assertFalse(Files.exists(TriageFile.of(file)), "the sidecar was renamed after the import");
		// a folder that is not a knowledge base is refused, as for analyze
		Path notAStore = Files.createDirectories(dir.resolve("photos"));
		Files.writeString(notAStore.resolve("holiday.jpg"), "x");
		CliRun refused = CliRun.of("comply", "--date", DAY, "--store", notAStore.toString(), file.toString());
		assertEquals(3, refused.exitCode(), refused.err());
		assertTrue(refused.err().contains("photos"), refused.err());
	}

	@Test
	void aClauseNotMetExitsOneAndNamesTheElement() throws Exception {
		SmallModels small = new SmallModels();
		small.hub.getUpdateMechanism().setName("Hub OTA");
		CliRun run = CliRun.of("comply", "--date", DAY, saved(small).toString());
		assertEquals(1, run.exitCode(), run.err());
		assertTrue(run.out().contains("  2.4.3.22.1 not met                The update mechanism Hub OTA of Hub does not let the user"), run.out());
		assertTrue(run.out().contains("[id " + small.hub.getUpdateMechanism().getId() + "]"));
		// below the class that makes the clause mandatory, the gate passes
		assertEquals(0, CliRun.of("comply", "--date", DAY, "--class", "0", saved(small).toString()).exitCode());
	}

	@Test
	void jsonListsEveryClauseOfTheChosenCatalogues() throws Exception {
		CliRun run = CliRun.of("comply", "--date", DAY, "--format", "json", "--catalogue", "all", saved(compliant()).toString());
		assertEquals(0, run.exitCode(), run.err());
		JsonNode report = new ObjectMapper().readTree(run.out());
		// IoTSF 30 + 2 reserved, ZVEI 22, ETSI 67, IEC 47
		assertEquals(32 + 22 + 67 + 47, report.get("clauses").size());
		assertEquals(2, report.get("complianceClass").asInt());
		assertEquals("met", report.get("clauses").get(0).get("status").asText());
		assertEquals("2.4.3.1", report.get("clauses").get(0).get("notation").asText());
		JsonNode zvei = CliRun.of("comply", "--date", DAY, "--format", "json", "--catalogue", "zvei", saved(compliant()).toString())
				.out().transform(text -> {
					try {
						return new ObjectMapper().readTree(text);
					} catch (Exception e) {
						throw new AssertionError(e);
					}
				});
		assertEquals(22, zvei.get("clauses").size());
	}

	@Test
	void markdownAndHtmlGoToTheOutFile() throws Exception {
		Path md = dir.resolve("report.md");
		CliRun run = CliRun.of("comply", "--date", DAY, "--format", "md", "--out", md.toString(), saved(compliant()).toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.out());
		String text = Files.readString(md);
		assertTrue(text.startsWith("# Compliance of Test hub 1.0"), text);
		assertTrue(text.contains("| 2.4.3.24 | Named owner for third-party component assessment | met |"), text);
		Path html = dir.resolve("report.html");
		assertEquals(0, CliRun.of("comply", "--date", DAY, "--format", "html", "-o", html.toString(), saved(compliant()).toString()).exitCode());
		String page = Files.readString(html);
		assertTrue(page.startsWith("<!DOCTYPE html>"));
		assertTrue(page.contains("<span class=\"s met\">met</span>"));
		assertFalse(page.contains("<script"));
	}

	@Test
	void anUnreadableFileExitsThree() throws Exception {
		Path bad = dir.resolve("bad.tw");
		Files.writeString(bad, "<not a model");
		CliRun run = CliRun.of("comply", bad.toString());
		assertEquals(3, run.exitCode());
		assertTrue(run.err().contains(bad + ":"), run.err());
		assertEquals(3, CliRun.of("comply", dir.resolve("missing.tw").toString()).exitCode());
	}

	@Test
	void anInvalidModelIsRefusedWithItsValidationMessages() throws Exception {
		SmallModels small = compliant();
		small.tls.setSupplier(null);
		CliRun run = CliRun.of("comply", "--date", DAY, saved(small).toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("supplier-missing"), run.err());
		assertTrue(run.err().contains("not checked: the model has 1 error"), run.err());
		assertEquals("", run.out());
	}

	@Test
	void aClassOutOfRangeIsWrongUsage() throws Exception {
		assertEquals(2, CliRun.of("comply", "--class", "5", saved(compliant()).toString()).exitCode());
		assertEquals(2, CliRun.of("comply", "--catalogue", "nist", saved(compliant()).toString()).exitCode());
	}
}
