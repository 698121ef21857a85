package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.model.SmallModels;
import org.threatwright.model.io.ModelFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** requirement, control, verify and gate from the command line, on a small model and on every example model. */
class RequirementCommandsTest {

	private static final String DAY = "2026-11-23";
	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path dir;

	private static RiskPublication.Rating highAboveReduced(Finding finding) {
		return finding.severity().atLeast(Severity.HIGH) ? new RiskPublication.Rating(4, 2, "Reduce")
				: new RiskPublication.Rating(2, 2, null);
	}

	private static JsonNode json(CliRun run) throws Exception {
		assertEquals(0, run.exitCode(), run.err());
		return JSON.readTree(run.out());
	}

	static Stream<Path> examples() throws Exception {
		return Files.list(Path.of(System.getProperty("threatwright.examples"))).filter(p -> p.toString().endsWith(".tw")).sorted();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void onEachExampleTheGateFailsBeforeVerificationAndPassesAfter(Path example) throws Exception {
		Path model = dir.resolve(example.getFileName());
		Files.copy(example, model);
		String release = ModelFiles.load(model).getRelease();
		RiskPublication.publish(model, LocalDate.parse(DAY), RequirementCommandsTest::highAboveReduced);
		Set<String> above = new TreeSet<>();
		RiskPublication.findings(model, LocalDate.parse(DAY)).stream().filter(f -> f.severity().atLeast(Severity.HIGH))
				.forEach(f -> above.add(f.id()));
		assertFalse(above.isEmpty(), "the example has findings above the threshold");

		CliRun derive = CliRun.of("requirement", model.toString(), "derive", "--date", DAY, "--by", "ada");
		assertEquals(0, derive.exitCode(), derive.err());
		JsonNode requirements = json(CliRun.of("requirement", model.toString(), "list", "--format", "json"));
		Set<String> covered = new TreeSet<>();
		List<String> ids = new ArrayList<>();
		for (JsonNode requirement : requirements) {
			ids.add(requirement.get("id").asText());
			requirement.get("findings").forEach(f -> covered.add(f.asText()));
			assertEquals("unverified", requirement.get("verification").asText());
		}
		assertEquals(above, covered, "every risk above the threshold has a requirement, and only those");

		CliRun before = CliRun.of("gate", model.toString(), "--release", release, "--date", DAY, "--fail-on-open", "none",
				"--format", "json");
		assertEquals(1, before.exitCode(), before.err());
		JsonNode reasons = JSON.readTree(before.out()).get("reasons");
		assertEquals(ids.size(), reasons.size(), before.out());
		reasons.forEach(reason -> assertEquals("requirement-not-verified", reason.get("kind").asText()));

		for (String id : ids) {
			CliRun verify = CliRun.of("verify", model.toString(), "add", "--requirement", id, "--kind", "test-report",
					"--result", "passed", "--location", "https://ci.example.com/runs/1", "--by", "qa");
			assertEquals(0, verify.exitCode(), verify.err());
		}
		CliRun after = CliRun.of("gate", model.toString(), "--release", release, "--date", DAY, "--fail-on-open", "none");
		assertEquals(0, after.exitCode(), after.out() + after.err());
		assertTrue(after.out().startsWith("gate passed: "), after.out());
	}

	@Test
	void theGateListsEachReasonAndPassesOnceEachIsResolved() throws Exception {
		SmallModels small = new SmallModels();
		Path model = dir.resolve("hub.tw");
		ModelFiles.save(small.model, model);
		String spoofing = "stride-process-spoofing@" + small.sensor.getId();
		RiskPublication.publish(model, LocalDate.parse(DAY),
				f -> f.id().equals(spoofing) ? new RiskPublication.Rating(5, 5, null) : new RiskPublication.Rating(1, 1, null));

		CliRun untreated = CliRun.of("gate", model.toString(), "--release", "1.0", "--date", DAY, "--fail-on-open", "none");
		assertEquals(1, untreated.exitCode(), untreated.err());
		assertEquals(List.of("gate failed: " + small.model.getName() + " release 1.0, 2 reasons:",
				"  risk-untreated: risk " + spoofing + " (An attacker impersonates the process towards its peers, value 5) exceeds"
						+ " the acceptance threshold and has no treatment: decide to avoid, reduce, share or retain it",
				"  risk-without-requirement: risk " + spoofing + " (An attacker impersonates the process towards its peers, value 5)"
						+ " exceeds the acceptance threshold and no security requirement answers it: derive or add one"),
				untreated.out().lines().toList());

		// the person reduces the risk (published by the risk assessment), requirements are derived, a control implemented
		RiskPublication.publish(model, LocalDate.parse(DAY),
				f -> f.id().equals(spoofing) ? new RiskPublication.Rating(5, 2, "Reduce") : new RiskPublication.Rating(1, 1, null));
		assertEquals(0, CliRun.of("requirement", model.toString(), "derive", "--date", DAY).exitCode());
		CliRun control = CliRun.of("control", model.toString(), "add", "--title", "Device certificates", "--implements",
				"REQ-stride-process-spoofing", "--mitigates", spoofing, "--clause", "iec/SD-1");
		assertEquals(0, control.exitCode(), control.err());
		CliRun unverified = CliRun.of("gate", model.toString(), "--release", "1.0", "--date", DAY, "--fail-on-open", "none");
		assertEquals(1, unverified.exitCode());
		assertTrue(unverified.out().contains("requirement-not-verified: requirement REQ-stride-process-spoofing"), unverified.out());

		// evidence about a planned control does not count; once implemented it does
		assertEquals(0, CliRun.of("verify", model.toString(), "add", "--control", "CTL-1", "--kind", "pen-test", "--result",
				"passed", "--date", "2026-11-24", "--by", "red team").exitCode());
		assertEquals(1, CliRun.of("gate", model.toString(), "--release", "1.0", "--date", DAY, "--fail-on-open", "none").exitCode());
		assertEquals(0, CliRun.of("control", model.toString(), "set-status", "CTL-1", "implemented").exitCode());
		assertEquals(0, CliRun.of("gate", model.toString(), "--release", "1.0", "--date", DAY, "--fail-on-open", "none").exitCode());

		// open findings at or above the configured severity fail it again; another release too
		CliRun open = CliRun.of("gate", model.toString(), "--release", "1.0", "--date", DAY, "--fail-on-open", "info");
		assertEquals(1, open.exitCode());
		assertTrue(open.out().contains("  open-finding: finding "), open.out());
		CliRun other = CliRun.of("gate", model.toString(), "--release", "2.0", "--date", DAY, "--fail-on-open", "none");
		assertTrue(other.out().contains("release-mismatch: the model describes release 1.0, not 2.0"), other.out());
	}

	@Test
	void editsAreKeptAndBadLinksAreRefusedWithNothingWritten() throws Exception {
		SmallModels small = new SmallModels();
		Path model = dir.resolve("hub.tw");
		ModelFiles.save(small.model, model);
		String spoofing = "stride-process-spoofing@" + small.sensor.getId();
		RiskPublication.publish(model, LocalDate.parse(DAY),
				f -> f.id().equals(spoofing) ? new RiskPublication.Rating(5, 2, "Reduce") : new RiskPublication.Rating(1, 1, null));
		assertEquals(0, CliRun.of("requirement", model.toString(), "derive", "--date", DAY).exitCode());
		assertEquals(0, CliRun.of("requirement", model.toString(), "edit", "REQ-stride-process-spoofing", "--text",
				"Sensors prove their identity with a per-device key.", "--status", "approved", "--by", "ada").exitCode());
		String listed = CliRun.of("requirement", model.toString(), "list").out();

		CliRun bad = CliRun.of("requirement", model.toString(), "link", "REQ-stride-process-spoofing", "--finding", "no-such@finding",
				"--clause", "zvei/1.4");
		assertEquals(1, bad.exitCode());
		assertEquals(model + ": error: no finding 'no-such@finding' in the current analysis\n", bad.err().replace("\r", ""));
		CliRun badClause = CliRun.of("requirement", model.toString(), "link", "REQ-stride-process-spoofing", "--clause", "zvei/9.9");
		assertEquals(1, badClause.exitCode());
		assertTrue(badClause.err().contains("no clause 9.9 in the catalogue 'zvei'"), badClause.err());
		CliRun badControl = CliRun.of("control", model.toString(), "add", "--title", "X", "--implements", "REQ-404");
		assertEquals(1, badControl.exitCode());
		assertTrue(badControl.err().contains("no requirement 'REQ-404'"), badControl.err());
		assertEquals(listed, CliRun.of("requirement", model.toString(), "list").out(), "nothing was written");
		assertEquals("no controls yet\n", CliRun.of("control", model.toString(), "list").out().replace("\r", ""));

		// re-derivation keeps the edit
		assertEquals(0, CliRun.of("requirement", model.toString(), "derive", "--date", DAY).exitCode());
		JsonNode shown = json(CliRun.of("requirement", model.toString(), "show", "REQ-stride-process-spoofing", "--format", "json"));
		assertEquals("Sensors prove their identity with a per-device key.", shown.get("text").asText());
		assertEquals("approved", shown.get("status").asText());
		assertEquals("ada", shown.get("changedBy").asText());
		assertEquals(spoofing, shown.get("findings").get(0).asText());
	}
}
