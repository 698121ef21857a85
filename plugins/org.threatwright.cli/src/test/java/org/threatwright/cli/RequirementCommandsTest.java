package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatwright.model.SmallModels;
import org.threatwright.model.io.ModelFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * requirement, control, verify and gate from the command line, on a small model and on every example model. The
 * risks are the real assessment's ({@code risk}); situations are made the way a person makes them: overriding a
 * factor, deciding a treatment, setting the project's method.
 */
class RequirementCommandsTest {

	private static final String DAY = "2026-11-23";
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String SPOOFING_TITLE = "An attacker impersonates the process towards its peers";

	@TempDir
	Path dir;

	private static JsonNode json(CliRun run) throws Exception {
		assertEquals(0, run.exitCode(), run.err());
		return JSON.readTree(run.out());
	}

	/** {@code risk MODEL args... --date DAY}, which must succeed. */
	private static JsonNode risk(Path model, String... args) throws Exception {
		List<String> all = new ArrayList<>(List.of("risk", model.toString()));
		all.addAll(List.of(args));
		all.addAll(List.of("--date", DAY, "--format", "json"));
		return json(CliRun.of(all.toArray(String[]::new)));
	}

	/** The findings whose risk exceeds the acceptance threshold in a register. */
	private static Set<String> exceeding(JsonNode register) {
		Set<String> ids = new TreeSet<>();
		register.get("risks").forEach(r -> {
			if (r.get("exceedsThreshold").asBoolean()) {
				ids.add(r.get("findingId").asText());
			}
		});
		return ids;
	}

	private static CliRun gate(Path model, String release, String failOnOpen, String... more) {
		List<String> all = new ArrayList<>(List.of("gate", model.toString(), "--release", release, "--date", DAY, "--fail-on-open",
				failOnOpen));
		all.addAll(List.of(more));
		return CliRun.of(all.toArray(String[]::new));
	}

	/** (kind, subject) of each reason of a JSON gate result, in order. */
	private static List<String> reasons(CliRun gate) throws Exception {
		List<String> reasons = new ArrayList<>();
		JSON.readTree(gate.out()).get("reasons").forEach(r -> reasons.add(r.get("kind").asText() + " " + r.get("subject").asText()));
		return reasons;
	}

	static Stream<Path> examples() throws Exception {
		return Files.list(Path.of(System.getProperty("threatwright.examples"))).filter(p -> p.toString().endsWith(".tw")).sorted();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void onEachExampleTheGateFailsBeforeVerificationAndPassesAfter(Path example) throws Exception {
		Path model = dir.resolve(example.getFileName());
		Files.copy(example, model);
		String name = ModelFiles.load(model).getName();
		String release = ModelFiles.load(model).getRelease();
		JsonNode register = risk(model);
		Set<String> above = exceeding(register);
		assertFalse(above.isEmpty(), "the example has risks above the threshold");
		assertEquals(above.size(), register.get("summary").get("exceedingThreshold").asInt());

		CliRun derive = CliRun.of("requirement", model.toString(), "derive", "--date", DAY, "--by", "ada");
		assertEquals(0, derive.exitCode(), derive.err());
		JsonNode requirements = json(CliRun.of("requirement", model.toString(), "list", "--format", "json"));
		Set<String> covered = new TreeSet<>();
		Set<String> ids = new TreeSet<>();
		for (JsonNode requirement : requirements) {
			ids.add(requirement.get("id").asText());
			requirement.get("findings").forEach(f -> covered.add(f.asText()));
			assertEquals("unverified", requirement.get("verification").asText());
		}
		assertEquals(above, covered, "every risk above the threshold has a requirement, and only those");
		assertTrue(derive.out().startsWith(above.size() + " findings with a risk above the acceptance threshold that is not retained or shared; created "
				+ ids.size() + " requirements: "), derive.out());

		// nothing is treated or verified yet: each risk above the threshold is untreated, each requirement unverified
		CliRun before = gate(model, release, "none", "--format", "json");
		assertEquals(1, before.exitCode(), before.err());
		List<String> expected = new ArrayList<>();
		above.forEach(id -> expected.add("risk-untreated " + id));
		ids.forEach(id -> expected.add("requirement-not-verified " + id));
		assertEquals(expected, reasons(before));
		assertEquals(above.size(), JSON.readTree(before.out()).get("risksAboveThreshold").asInt());
		assertEquals(3, JSON.readTree(before.out()).get("acceptanceThreshold").asInt());

		// one CI run's report verifies every requirement: only the untreated risks are left
		List<String> verify = new ArrayList<>(List.of("verify", model.toString(), "add", "--kind", "test-report", "--result",
				"passed", "--location", "https://ci.example.com/runs/1", "--by", "qa"));
		ids.forEach(id -> verify.addAll(List.of("--requirement", id)));
		CliRun verified = CliRun.of(verify.toArray(String[]::new));
		assertEquals(0, verified.exitCode(), verified.err());
		CliRun untreated = gate(model, release, "none", "--format", "json");
		assertEquals(1, untreated.exitCode(), untreated.err());
		assertEquals(expected.subList(0, above.size()), reasons(untreated));

		// the risk owner reduces them all, judging the attack no longer feasible with the verified requirements in place
		List<String> treat = new ArrayList<>(above);
		treat.addAll(List.of("--treat", "reduce", "--why", "requirements verified by CI run 1", "--by", "ada",
				"--residual-feasibility", "very low"));
		JsonNode treated = risk(model, treat.toArray(String[]::new));
		assertEquals(above.size(), treated.get("risks").size());
		treated.get("risks").forEach(r -> assertFalse(r.get("residualExceedsThreshold").asBoolean(), r.toString()));

		CliRun after = gate(model, release, "none");
		assertEquals(0, after.exitCode(), after.out() + after.err());
		assertEquals("gate passed: " + name + " release " + release + " (" + above.size() + " risks above the acceptance threshold,"
				+ " each treated and its requirements verified)\n", after.out().replace("\r", ""));
	}

	/** The small model with the sensor's spoofing risk made severe and feasible by a person's overrides: value 5. */
	private String spoofingAboveThreshold(SmallModels small, Path model) throws Exception {
		ModelFiles.save(small.model, model);
		String spoofing = "stride-process-spoofing@" + small.sensor.getId();
		assertEquals(Set.of(), exceeding(risk(model)), "no risk of the small model exceeds the threshold by default");
		risk(model, spoofing, "--override", "impact.safety=severe", "--by", "ada", "--why", "a spoofed sensor opens the door");
		JsonNode risk = risk(model, spoofing, "--override", "feasibility=high", "--by", "ada", "--why", "sensor radio is open")
				.get("risks").get(0);
		assertEquals(5, risk.get("value").asInt());
		assertEquals(Set.of(spoofing), exceeding(risk(model)));
		return spoofing;
	}

	@Test
	void aRecordsCommandWithoutAnActionNamesTheActionsItHas() {
		CliRun requirement = CliRun.of("requirement", "model.tw");
		assertEquals(2, requirement.exitCode());
		assertTrue(requirement.err().contains("missing the action after FILE: list, show, derive, add, edit, link or unlink"),
				requirement.err());
		CliRun verify = CliRun.of("verify", "model.tw");
		assertEquals(2, verify.exitCode());
		assertTrue(verify.err().contains("missing the action after FILE: add or list"), verify.err());
	}

	@Test
	void theGateListsEachReasonAndPassesOnceEachIsResolved() throws Exception {
		SmallModels small = new SmallModels();
		Path model = dir.resolve("hub.tw");
		String spoofing = spoofingAboveThreshold(small, model);
		String risk = "risk " + spoofing + " (" + SPOOFING_TITLE + ", value 5";
		String product = small.model.getName() + " release 1.0";

		CliRun untreated = gate(model, "1.0", "none");
		assertEquals(1, untreated.exitCode(), untreated.err());
		assertEquals(List.of("gate failed: " + product + ", 2 reasons:",
				"  risk-untreated: " + risk + ") exceeds the acceptance threshold and has no treatment: decide to avoid, reduce,"
						+ " share or retain it",
				"  risk-without-requirement: " + risk + ") exceeds the acceptance threshold and no security requirement answers it:"
						+ " derive or add one"),
				untreated.out().lines().toList());

		// retained as it is: still above the threshold, but a retained risk needs no requirement
		risk(model, spoofing, "--treat", "retain", "--why", "accepted for the pilot", "--by", "ada");
		assertEquals(List.of("gate failed: " + product + ", 1 reason:", "  risk-retained-above-threshold: " + risk
				+ ", residual 5) is retained but its residual risk still exceeds the acceptance threshold"),
				gate(model, "1.0", "none").out().lines().toList());

		// reduced without a judgement of what is left: the residual value is the initial one
		risk(model, spoofing, "--treat", "reduce", "--why", "device certificates", "--by", "ada");
		assertEquals(List.of("gate failed: " + product + ", 2 reasons:", "  residual-risk-above-threshold: " + risk
				+ ", residual 5) is treated by reduce but its residual risk still exceeds the acceptance threshold",
				"  risk-without-requirement: " + risk + ") exceeds the acceptance threshold and no security requirement answers it:"
						+ " derive or add one"),
				gate(model, "1.0", "none").out().lines().toList());

		// reduced to a residual below the threshold; requirements are derived and a control planned
		JsonNode reduced = risk(model, spoofing, "--treat", "reduce", "--why", "device certificates", "--by", "ada", "--control",
				"CTL-1", "--residual-feasibility", "very low").get("risks").get(0);
		assertEquals(2, reduced.get("residualValue").asInt());
		CliRun derive = CliRun.of("requirement", model.toString(), "derive", "--date", DAY);
		assertEquals(0, derive.exitCode(), derive.err());
		assertEquals("1 finding with a risk above the acceptance threshold that is not retained or shared; created 1 requirement: REQ-stride-process-spoofing;"
				+ " linked new findings to 0 requirements\n", derive.out().replace("\r", ""));
		CliRun control = CliRun.of("control", model.toString(), "add", "--title", "Device certificates", "--implements",
				"REQ-stride-process-spoofing", "--mitigates", spoofing, "--clause", "iec/SD-1");
		assertEquals(0, control.exitCode(), control.err());
		String unverified = "  requirement-not-verified: requirement REQ-stride-process-spoofing (Processes have their own"
				+ " verifiable identity) is unverified; it answers the risk " + spoofing + " above the threshold: record"
				+ " passing evidence for it or for an implemented control";
		CliRun planned = gate(model, "1.0", "none");
		assertEquals(1, planned.exitCode());
		assertEquals(List.of("gate failed: " + product + ", 1 reason:", unverified), planned.out().lines().toList());

		// evidence about a planned control does not count; once implemented it does
		assertEquals(0, CliRun.of("verify", model.toString(), "add", "--control", "CTL-1", "--kind", "pen-test", "--result",
				"passed", "--date", "2026-11-24", "--by", "red team").exitCode());
		assertEquals(List.of("gate failed: " + product + ", 1 reason:", unverified), gate(model, "1.0", "none").out().lines().toList());
		assertEquals(0, CliRun.of("control", model.toString(), "set-status", "CTL-1", "implemented").exitCode());
		CliRun passed = gate(model, "1.0", "none");
		assertEquals(0, passed.exitCode(), passed.out());
		assertEquals("gate passed: " + product + " (1 risk above the acceptance threshold, each treated and its requirements"
				+ " verified)\n", passed.out().replace("\r", ""));

		// open findings at or above the configured severity fail it again (none is triaged: every finding at info)
		CliRun open = gate(model, "1.0", "info", "--format", "json");
		assertEquals(1, open.exitCode());
		int findings = JSON.readTree(CliRun.of("analyze", "--format", "json", "--date", DAY, model.toString()).out())
				.get("findings").size();
		List<String> openReasons = reasons(open);
		assertEquals(findings, openReasons.size(), open.out());
		openReasons.forEach(reason -> assertTrue(reason.startsWith("open-finding "), reason));
		assertTrue(gate(model, "1.0", "info").out().contains("\n  open-finding: finding " + spoofing + " (" + SPOOFING_TITLE
				+ ") is open at severity low, at or above info\n"));
		// another release too
		CliRun other = gate(model, "2.0", "none");
		assertEquals(1, other.exitCode());
		assertEquals(List.of("gate failed: " + small.model.getName() + " release 2.0, 1 reason:",
				"  release-mismatch: the model describes release 1.0, not 2.0"), other.out().lines().toList());
	}

	@Test
	void theProjectMethodDecidesWhichRisksNeedRequirementsAndTheGateFollowsAChangeAtOnce() throws Exception {
		SmallModels small = new SmallModels();
		Path model = dir.resolve("hub.tw");
		ModelFiles.save(small.model, model);
		// the Annex H matrix with a stricter threshold: value 2 and more need treatment
		Path strict = dir.resolve("strict.json");
		Files.writeString(strict, """
				{ "name": "Annex H, threshold 1",
				  "matrix": { "severe": [2, 3, 4, 5], "major": [1, 2, 3, 4], "moderate": [1, 2, 2, 3], "negligible": [1, 1, 1, 1] },
				  "acceptanceThreshold": 1 }
				""");
		JsonNode register = risk(model, "--set-method", strict.toString(), "--by", "carol");
		Set<String> above = exceeding(register);
		assertTrue(above.size() > 1 && above.size() < register.get("risks").size(), above.toString());

		assertEquals(0, CliRun.of("requirement", model.toString(), "derive", "--date", DAY).exitCode());
		Set<String> covered = new TreeSet<>();
		List<String> ids = new ArrayList<>();
		for (JsonNode requirement : json(CliRun.of("requirement", model.toString(), "list", "--format", "json"))) {
			ids.add(requirement.get("id").asText());
			requirement.get("findings").forEach(f -> covered.add(f.asText()));
		}
		assertEquals(above, covered, "the risks above the project's threshold have requirements, and only those");
		CliRun strictGate = gate(model, "1.0", "none", "--format", "json");
		assertEquals(1, strictGate.exitCode());
		assertEquals(1, JSON.readTree(strictGate.out()).get("acceptanceThreshold").asInt());
		assertEquals(above.size(), JSON.readTree(strictGate.out()).get("risksAboveThreshold").asInt());

		// back to the Annex H threshold: no risk is above it, so the same records no longer hold the release
		Path annexH = dir.resolve("annex-h.json");
		Files.writeString(annexH, Files.readString(strict).replace("threshold 1", "threshold 3").replace("\"acceptanceThreshold\": 1",
				"\"acceptanceThreshold\": 3"));
		assertEquals(Set.of(), exceeding(risk(model, "--set-method", annexH.toString(), "--by", "carol")));
		CliRun annexHGate = gate(model, "1.0", "none");
		assertEquals(0, annexHGate.exitCode(), annexHGate.out());
		assertEquals("gate passed: " + small.model.getName() + " release 1.0 (0 risks above the acceptance threshold, each treated"
				+ " and its requirements verified)\n", annexHGate.out().replace("\r", ""));
	}

	@Test
	void editsAreKeptAndBadLinksAreRefusedWithNothingWritten() throws Exception {
		SmallModels small = new SmallModels();
		Path model = dir.resolve("hub.tw");
		String spoofing = spoofingAboveThreshold(small, model);
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
		assertEquals(List.of(spoofing), List.of(shown.get("findings").get(0).asText()));
		assertEquals(1, shown.get("findings").size());
	}
}
