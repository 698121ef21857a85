package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.kb.catalogue.CatalogueConcept;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.model.SmallModels;
import org.threatwright.model.io.ModelFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CatalogueCommandTest {

	private static final String DAY = "2026-01-15";

	/** A user's own catalogue: two controls in one group, with Threatwright's clause IRIs nowhere. */
	static final String ACME = """
			{ "catalog": { "uuid": "3c1c4d4e-8f0a-4b7e-9a55-2f1f9e0d6c11",
			  "metadata": { "title": "Acme Baseline", "last-modified": "2025-03-14T09:30:00Z", "version": "2.1", "oscal-version": "1.1.2" },
			  "groups": [ { "id": "acme-dev", "title": "Development", "props": [ { "name": "label", "value": "DEV" } ],
			    "controls": [
			      { "id": "acme-dev-1", "title": "Threat model", "props": [ { "name": "label", "value": "DEV-1" } ] },
			      { "id": "acme-dev-2", "title": "Security contact", "props": [ { "name": "label", "value": "DEV-2" } ] } ] } ] } }
			""";

	@TempDir
	Path dir;

	private Path model() throws Exception {
		SmallModels small = new SmallModels();
		small.hub.getUpdateMechanism().setUserCanDisable(true);
		Path file = dir.resolve("hub.tw");
		ModelFiles.save(small.model, file);
		return file;
	}

	private static List<CatalogueConcept> builtInClauses(String scheme) {
		return Catalogues.builtIn().concepts(scheme).stream().filter(c -> c.isRequirement() || c.reserved()).toList();
	}

	@Test
	void listShowsTheFourBuiltInCatalogues() {
		CliRun run = CliRun.of("catalogue", "list");
		assertEquals(0, run.exitCode(), run.err());
		String[] lines = run.out().split("\n");
		assertEquals(4, lines.length, run.out());
		assertTrue(lines[0].startsWith("iotsf "), lines[0]);
		assertTrue(lines[0].endsWith(" 32 clauses (2 reserved)"), lines[0]);
		assertTrue(lines[1].startsWith("zvei ") && lines[1].endsWith(" 22 clauses"), lines[1]);
		assertTrue(lines[2].startsWith("etsi ") && lines[2].endsWith(" 67 clauses"), lines[2]);
		assertTrue(lines[3].startsWith("iec ") && lines[3].endsWith(" 47 clauses"), lines[3]);
	}

	@Test
	void anExportedCatalogueShowsTheSameClauses() throws Exception {
		Path file = dir.resolve("iotsf.json");
		CliRun export = CliRun.of("catalogue", "export", "iotsf", "--out", file.toString());
		assertEquals(0, export.exitCode(), export.err());
		assertEquals("", export.out());
		assertTrue(export.err().contains("wrote " + file + " (32 clauses (2 reserved))"), export.err());
		assertEquals("iotsf-2.4.3.1", new ObjectMapper().readTree(file.toFile()).at("/catalog/groups/0/controls/0/id").asText(),
				Files.readString(file));
		// to standard output, the same bytes
		assertEquals(Files.readString(file), CliRun.of("catalogue", "export", "IOTSF").out());

		CliRun show = CliRun.of("catalogue", "show", file.toString());
		assertEquals(0, show.exitCode(), show.err());
		List<String> lines = show.out().lines().toList();
		assertTrue(lines.get(0).contains("32 clauses (2 reserved) <" + Catalogues.IOTSF + ">"), lines.get(0));
		List<CatalogueConcept> expected = builtInClauses(Catalogues.IOTSF);
		assertEquals(expected.size() + 1, lines.size(), show.out());
		for (int i = 0; i < expected.size(); i++) {
			assertTrue(lines.get(i + 1).trim().startsWith(expected.get(i).notation() + " "), lines.get(i + 1));
		}
		assertTrue(show.out().contains("  2.4.3.3    (reserved)"), show.out());
	}

	@Test
	void showListsAUsersOwnCatalogue() throws Exception {
		Path file = Files.writeString(dir.resolve("acme.json"), ACME);
		CliRun show = CliRun.of("catalogue", "show", file.toString());
		assertEquals(0, show.exitCode(), show.err());
		assertEquals("Acme Baseline 2.1: 2 clauses <https://threatwright.org/catalogue/oscal/3c1c4d4e-8f0a-4b7e-9a55-2f1f9e0d6c11>\n"
				+ "  DEV-1 Threat model\n  DEV-2 Security contact\n", show.out());
	}

	@Test
	void aMalformedCatalogueExitsThreeNamingFileLineAndColumn() throws Exception {
		Path file = Files.writeString(dir.resolve("broken.json"), "{\n  \"catalog\": {\n    \"uuid\": \"x\",,\n");
		CliRun show = CliRun.of("catalogue", "show", file.toString());
		assertEquals(3, show.exitCode(), show.err());
		assertTrue(show.err().startsWith("error: " + file + ":3:"), show.err());
		assertTrue(show.err().contains("not well-formed JSON"), show.err());
		assertEquals("", show.out());
		// well-formed but not a catalog: the JSON path of the problem
		Path shape = Files.writeString(dir.resolve("shape.json"), "{\"catalog\": {\"uuid\": \"u\"}}");
		CliRun wrong = CliRun.of("catalogue", "show", shape.toString());
		assertEquals(3, wrong.exitCode());
		assertTrue(wrong.err().contains(shape + ": $.catalog"), wrong.err());
		CliRun missing = CliRun.of("catalogue", "show", dir.resolve("missing.json").toString());
		assertEquals(3, missing.exitCode());
		assertTrue(missing.err().contains("missing.json"), missing.err());
	}

	@Test
	void unknownNamesAreWrongUsage() {
		CliRun export = CliRun.of("catalogue", "export", "nist");
		assertEquals(2, export.exitCode());
		assertTrue(export.err().contains("unknown catalogue 'nist'"), export.err());
		assertEquals(2, CliRun.of("catalogue", "export", "all").exitCode());
		assertEquals(2, CliRun.of("catalogue").exitCode());
	}

	@Test
	void complyReportsOnTheClausesOfAnExportedCatalogue() throws Exception {
		Path file = dir.resolve("zvei.json");
		assertEquals(0, CliRun.of("catalogue", "export", "zvei", "-o", file.toString()).exitCode());
		Path model = model();
		CliRun run = CliRun.of("comply", "--date", DAY, "--format", "json", "--catalogue", file.toString(), model.toString());
		assertEquals(0, run.exitCode(), run.err());
		JsonNode clauses = new ObjectMapper().readTree(run.out()).get("clauses");
		List<String> notations = new ArrayList<>();
		clauses.forEach(c -> notations.add(c.get("notation").asText()));
		assertEquals(builtInClauses(Catalogues.ZVEI_HPR).stream().map(CatalogueConcept::notation).toList(), notations);
		// the exported file keeps the clause IRIs, so the automated checks still apply: the same report as the built-in one
		CliRun builtIn = CliRun.of("comply", "--date", DAY, "--format", "json", "--catalogue", "zvei", model.toString());
		assertEquals(builtIn.out(), run.out());
	}

	@Test
	void complyWithAUsersOwnCatalogueNeedsManualEvidenceForEveryClause() throws Exception {
		Path file = Files.writeString(dir.resolve("acme.json"), ACME);
		Path model = model();
		CliRun run = CliRun.of("comply", "--date", DAY, "--format", "json", "--catalogue", file.toString(), model.toString());
		assertEquals(0, run.exitCode(), run.err());
		JsonNode clauses = new ObjectMapper().readTree(run.out()).get("clauses");
		assertEquals(2, clauses.size(), run.out());
		assertEquals("DEV-1", clauses.get(0).get("notation").asText());
		assertEquals("DEV-2", clauses.get(1).get("notation").asText());
		clauses.forEach(c -> assertEquals("manual", c.get("status").asText(), c.toString()));
		CliRun text = CliRun.of("comply", "--date", DAY, "--catalogue", file.toString(), model.toString());
		assertEquals(0, text.exitCode(), text.err());
		assertTrue(text.out().contains("  DEV-1      needs manual evidence  No automated check"), text.out());
		assertTrue(text.out().contains("  DEV-2      needs manual evidence  No automated check"), text.out());
		assertFalse(text.out().contains("2.4.3"), "no built-in clause in the report: " + text.out());
	}

	@Test
	void complyRefusesAMalformedOrMissingCatalogueFile() throws Exception {
		Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"catalog\": [\n");
		CliRun run = CliRun.of("comply", "--catalogue", broken.toString(), model().toString());
		assertEquals(3, run.exitCode(), run.err());
		assertTrue(run.err().contains(broken + ":3:"), run.err());
		assertEquals("", run.out());
		CliRun missing = CliRun.of("comply", "--catalogue", dir.resolve("nope.json").toString(), model().toString());
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().contains("no such catalogue file: " + dir.resolve("nope.json")), missing.err());
		CliRun unknown = CliRun.of("comply", "--catalogue", "nist", model().toString());
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("--catalogue: unknown catalogue 'nist'"), unknown.err());
	}
}
