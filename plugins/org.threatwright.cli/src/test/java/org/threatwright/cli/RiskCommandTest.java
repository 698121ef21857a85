package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.model.SmallModels;
import org.threatwright.model.io.ModelFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The risk command: register and heat map, overrides and treatments with who and why, the method, bad input. */
class RiskCommandTest {

	@TempDir
	Path dir;

	private Path model() throws Exception {
		SmallModels small = new SmallModels();
		small.model.setName("Hub <script>alert(1)</script>");
		Path model = dir.resolve("hub.tw");
		ModelFiles.save(small.model, model);
		return model;
	}

	private static CliRun risk(Path model, String... args) {
		String[] all = new String[args.length + 4];
		all[0] = "risk";
		all[1] = model.toString();
		all[2] = "--date";
		all[3] = "2026-11-23";
		System.arraycopy(args, 0, all, 4, args.length);
		return CliRun.of(all);
	}

	private static JsonNode json(CliRun run) throws Exception {
		assertEquals(0, run.exitCode(), run.err());
		return new ObjectMapper().readTree(run.out());
	}

	@Test
	void theRegisterHasEveryFindingWithItsExplanationAndTheHeatMapCountsThem() throws Exception {
		Path model = model();
		JsonNode register = json(risk(model, "--format", "json"));
		CliRun analyze = CliRun.of("analyze", "--format", "json", "--date", "2026-11-23", model.toString());
		int findings = new ObjectMapper().readTree(analyze.out()).get("findings").size();
		assertEquals(findings, register.get("risks").size());
		assertEquals("threatwright-risk-register", register.get("format").asText());
		int cells = 0;
		for (JsonNode cell : register.get("heatMap").get("cells")) {
			cells += cell.get("count").asInt();
		}
		assertEquals(findings, cells);
		assertEquals(16, register.get("heatMap").get("cells").size());
		int byValue = 0;
		for (JsonNode count : register.get("heatMap").get("byValue")) {
			byValue += count.asInt();
		}
		assertEquals(findings, byValue);
		for (JsonNode risk : register.get("risks")) {
			assertTrue(risk.get("explanation").size() > 5, risk.toString());
			assertTrue(risk.get("value").asInt() >= 1 && risk.get("value").asInt() <= 5);
		}
		assertTrue(Files.isDirectory(dir.resolve("hub.kb")), "published to the knowledge base beside the model");
	}

	@Test
	void anOverrideNeedsWhoAndWhyAndKeepsThem() throws Exception {
		Path model = model();
		String id = json(risk(model, "--format", "json")).get("risks").get(0).get("findingId").asText();
		CliRun noWhy = risk(model, id, "--override", "feasibility=very low", "--by", "ada");
		assertEquals(2, noWhy.exitCode());
		assertTrue(noWhy.err().contains("--why TEXT is required"), noWhy.err());
		CliRun noBy = risk(model, id, "--override", "feasibility=very low", "--why", "x");
		assertEquals(2, noBy.exitCode());
		assertTrue(noBy.err().contains("--by NAME is required"), noBy.err());

		CliRun unknown = risk(model, id, "--override", "luck=high", "--by", "ada", "--why", "x");
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("'luck' is not a factor of the method 'ISO/SAE 21434 Annex H'"), unknown.err());
		assertTrue(unknown.err().contains("(nothing was recorded)"), unknown.err());

		JsonNode shown = json(risk(model, id, "--override", "impact.safety=severe", "--by", "ada", "--why", "it unlocks the door",
				"--format", "json"));
		JsonNode risk = shown.get("risks").get(0);
		assertEquals("severe", risk.get("impact").get("safety").asText());
		assertEquals("severe", risk.get("impact").get("overall").asText());
		JsonNode override = risk.get("overrides").get(0);
		assertEquals("impact.safety", override.get("factor").asText());
		assertEquals("ada", override.get("by").asText());
		assertEquals("it unlocks the door", override.get("why").asText());
		assertFalse(override.get("at").asText().isEmpty());

		CliRun text = risk(model, id);
		assertEquals(0, text.exitCode(), text.err());
		assertTrue(text.out().contains("impact safety: severe, overridden by ada on "), text.out());
	}

	@Test
	void aTreatmentGivesTheResidualValue() throws Exception {
		Path model = model();
		JsonNode register = json(risk(model, "--format", "json"));
		JsonNode highest = null;
		for (JsonNode risk : register.get("risks")) {
			if (highest == null || risk.get("value").asInt() > highest.get("value").asInt()) {
				highest = risk;
			}
		}
		String id = highest.get("findingId").asText();
		JsonNode treated = json(risk(model, id, "--treat", "reduce", "--why", "signed commands", "--by", "bob", "--control",
				"CTL-1", "--residual-feasibility", "very low", "--residual-impact", "negligible", "--format", "json"));
		JsonNode risk = treated.get("risks").get(0);
		assertEquals("reduce", risk.get("treatment").get("option").asText());
		assertEquals("CTL-1", risk.get("treatment").get("controls").get(0).asText());
		assertEquals(1, risk.get("residualValue").asInt());
		assertFalse(risk.get("residualExceedsThreshold").asBoolean());

		CliRun badLevel = risk(model, id, "--treat", "reduce", "--why", "x", "--by", "bob", "--residual-impact", "tiny");
		assertEquals(2, badLevel.exitCode());
		assertTrue(badLevel.err().contains("'tiny' is not a level of the impact scale"), badLevel.err());
	}

	@Test
	void severalFindingsAreTreatedInOneRunOrNoneIs() throws Exception {
		Path model = model();
		JsonNode risks = json(risk(model, "--format", "json")).get("risks");
		String first = risks.get(0).get("findingId").asText();
		String second = risks.get(1).get("findingId").asText();

		CliRun unknown = risk(model, first, "no-such@finding", "--treat", "reduce", "--why", "x", "--by", "bob");
		assertEquals(1, unknown.exitCode());
		assertTrue(unknown.err().startsWith(model + ": no finding 'no-such@finding' in the current analysis"), unknown.err());
		CliRun badLevel = risk(model, first, second, "--treat", "reduce", "--why", "x", "--by", "bob", "--residual-impact", "tiny");
		assertEquals(2, badLevel.exitCode());
		for (JsonNode risk : json(risk(model, "--format", "json")).get("risks")) {
			assertTrue(risk.get("treatment").isNull(), "nothing was recorded: " + risk);
		}

		CliRun treated = risk(model, first, second, "--treat", "retain", "--why", "pilot only", "--by", "bob", "--format", "json");
		JsonNode shown = json(treated).get("risks");
		assertEquals(List.of(first, second), List.of(shown.get(0).get("findingId").asText(), shown.get(1).get("findingId").asText()));
		assertEquals(2, shown.size());
		shown.forEach(risk -> assertEquals("retain", risk.get("treatment").get("option").asText()));
		assertEquals("2 findings: treatment retain recorded", treated.err().lines().filter(l -> l.contains("recorded")).findFirst()
				.orElseThrow());
		CliRun text = risk(model, first, second);
		assertEquals(0, text.exitCode(), text.err());
		assertTrue(text.out().startsWith(risks.get(0).get("title").asText() + "\n  " + first + "\n"), text.out());
		assertTrue(text.out().contains("\n\n" + risks.get(1).get("title").asText() + "\n  " + second + "\n"), text.out());
	}

	@Test
	void theMethodIsSetFromAFileAndBadFilesAreRefused() throws Exception {
		Path model = model();
		Path bad = dir.resolve("bad.json");
		Files.writeString(bad, "{ \"matrix\": { \"severe\": [1, 2] }, \"acceptanceThreshold\": 1 }");
		CliRun refused = risk(model, "--set-method", bad.toString(), "--by", "carol");
		assertEquals(3, refused.exitCode());
		assertEquals("error: " + bad + ": $.matrix.negligible: missing: the matrix has no row for impact 'negligible'",
				refused.err().strip());

		Path fiveByFive = Path.of(System.getProperty("threatwright.examples"), "risk-method-5x5.json");
		CliRun set = risk(model, "--set-method", fiveByFive.toString(), "--by", "carol", "--format", "json");
		JsonNode register = json(set);
		assertEquals(25, register.get("method").get("maxValue").asInt());
		assertEquals(25, register.get("heatMap").get("cells").size());
		CliRun shown = risk(model, "--show-method");
		assertEquals(0, shown.exitCode(), shown.err());
		assertTrue(shown.out().contains("\"name\" : \"Plain 5×5 likelihood × impact\""), shown.out());
	}

	@Test
	void theHtmlRegisterIsWrittenAtomicallyAndEscaped() throws Exception {
		Path model = model();
		Path html = dir.resolve("risks.html");
		CliRun run = risk(model, "--format", "html", "--out", html.toString());
		assertEquals(0, run.exitCode(), run.err());
		String page = Files.readString(html);
		assertTrue(page.contains("<table class=\"heat\">"));
		assertTrue(page.contains("Hub &lt;script&gt;alert(1)&lt;/script&gt;"));
		assertFalse(page.contains("<script>"));
		CliRun unknownFinding = risk(model, "no-such@finding");
		assertEquals(1, unknownFinding.exitCode());
		assertTrue(unknownFinding.err().contains("no finding 'no-such@finding'"), unknownFinding.err());
	}
}
