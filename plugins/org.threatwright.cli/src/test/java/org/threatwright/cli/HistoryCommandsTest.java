package org.threatwright.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.model.Component;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Encryption;
import org.threatwright.model.Protocol;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TwFactory;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.model.ModelElement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The done-means scenario of issue 6 on an example model: baseline v1, then a new component version, an encryption
 * removed and a new flow; diff and impact tell exactly that, and the history archive round-trips.
 */
class HistoryCommandsTest {

	private static final String HUB = "e2f51bc9-72bf-4505-b47d-301ebcbf4c7e";
	private static final String THERMOSTAT = "3f802920-841c-4921-8331-7185421db001";
	private static final String OPENSSL = "8d3cae6a-40d1-46d9-8e1a-e0da14b9cd31";
	private static final String LOCK_FLOW = "52d5843b-94fd-40d1-97d1-a9a8a99f4c17";

	@TempDir
	Path dir;

	private Path copyOfExample() throws Exception {
		Path model = dir.resolve("hub.tw");
		Files.copy(Path.of(System.getProperty("threatwright.examples"), "smart-home-hub.tw"), model);
		return model;
	}

	private static void upgrade(Path file) throws Exception {
		SystemModel model = ModelFiles.load(file);
		((Component) byId(model, OPENSSL)).setVersion("3.5.0");
		((DataFlow) byId(model, LOCK_FLOW)).setEncryption(Encryption.NONE);
		DataFlow debug = TwFactory.eINSTANCE.createDataFlow();
		debug.setName("Debug telemetry");
		debug.setSource((Element) byId(model, HUB));
		debug.setTarget((Element) byId(model, THERMOSTAT));
		debug.setProtocol(Protocol.MQTT);
		debug.setEncryption(Encryption.NONE);
		model.getFlows().add(debug);
		ModelFiles.save(model, file);
	}

	private static ModelElement byId(SystemModel model, String id) {
		var all = model.eAllContents();
		while (all.hasNext()) {
			if (all.next() instanceof ModelElement element && id.equals(element.getId())) {
				return element;
			}
		}
		throw new AssertionError("no element " + id);
	}

	private static CliRun ok(String... args) {
		CliRun run = CliRun.of(args);
		assertEquals(0, run.exitCode(), String.join(" ", args) + "\n" + run.err() + run.out());
		return run;
	}

	@Test
	void diffAndImpactTellExactlyWhatChangedAndWhatItMeans() throws Exception {
		Path model = copyOfExample();
		ok("baseline", "create", model.toString(), "v1", "--by", "ada");
		CliRun decision = ok("decision", "add", model.toString(), "--title", "TLS library of the cloud connector",
				"--context", "The connector needs TLS 1.3", "--decision", "Use OpenSSL 3.0 LTS", "--alternative", "Mbed TLS: no PKCS#11",
				"--element", OPENSSL, "--clause", "iotsf:2.4.3.29", "--by", "ada");
		assertEquals("DEC-001: TLS library of the cloud connector (accepted)", decision.out().strip());
		CliRun again = CliRun.of("baseline", "create", model.toString(), "v1");
		assertEquals(1, again.exitCode());
		assertTrue(again.err().contains("baseline 'v1' already exists"), again.err());

		upgrade(model);

		CliRun diff = ok("diff", model.toString(), "--from", "v1", "--to", "working", "--format", "json");
		JsonNode json = new ObjectMapper().readTree(diff.out());
		List<String> sections = new ArrayList<>();
		json.get("sections").forEach(s -> sections.add(s.get("name").asText()));
		assertEquals(List.of("components", "flows", "findings", "design decisions"), sections);
		JsonNode components = section(json, "components").get("changes");
		assertEquals(1, components.size());
		assertEquals("OpenSSL", components.get(0).get("name").asText());
		assertEquals("[{\"attribute\":\"version\",\"before\":[\"3.0.13\"],\"after\":[\"3.5.0\"]}]",
				components.get(0).get("attributes").toString());
		JsonNode flows = section(json, "flows").get("changes");
		assertEquals(2, flows.size());
		assertEquals("added Debug telemetry", flows.get(0).get("change").asText() + " " + flows.get(0).get("name").asText());
		assertEquals("changed Lock commands and events", flows.get(1).get("change").asText() + " " + flows.get(1).get("name").asText());
		assertEquals("[{\"attribute\":\"encryption\",\"before\":[\"transport\"],\"after\":[\"none\"]}]",
				flows.get(1).get("attributes").toString());
		assertEquals("encryption removed from flow Lock commands and events: confidentiality of the data it carries is no longer protected",
				flows.get(1).get("meaning").get(0).asText());
		section(json, "findings").get("changes").forEach(f -> assertEquals("added", f.get("change").asText()));

		CliRun text = ok("diff", model.toString());
		assertTrue(text.out().startsWith("Changes from v1 to working: "), text.out());
		assertTrue(text.out().contains("  ~ Component OpenSSL [" + OPENSSL + "]\n      version: 3.0.13 → 3.5.0\n"), text.out());
		assertTrue(text.out().contains("  + DataFlow Debug telemetry"), text.out());

		CliRun impact = CliRun.of("impact", model.toString(), "--severity", "high");
		assertEquals(1, impact.exitCode(), impact.err());
		assertTrue(impact.out().contains("Risks: none recorded in the knowledge base"), impact.out());
		assertTrue(impact.out().contains("Design decisions to review: 1\n  DEC-001 TLS library of the cloud connector (accepted): OpenSSL changed"),
				impact.out());
		assertTrue(impact.out().contains("Supplier or support period changed: none"), impact.out());
		assertTrue(impact.out().contains("Review needed: [new-findings, decisions]"), impact.out());
		assertEquals(0, CliRun.of("impact", model.toString(), "--fail-on", "supply-chain,worsened-risks").exitCode(),
				"nothing of those kinds changed");
		assertEquals(2, CliRun.of("impact", model.toString(), "--fail-on", "everything").exitCode());
		CliRun missing = CliRun.of("impact", model.toString(), "--against", "v9");
		assertEquals(3, missing.exitCode());
		assertTrue(missing.err().contains("no baseline 'v9' of model"), missing.err());

		CliRun audit = ok("audit", model.toString());
		assertTrue(audit.out().contains("  ada  baseline v1 created"), audit.out());
		assertTrue(audit.out().contains("  ada  decision DEC-001 recorded"), audit.out());
	}

	@Test
	void anUnknownElementIsRefusedAndNothingIsRecorded() throws Exception {
		Path model = copyOfExample();
		CliRun refused = CliRun.of("decision", "add", model.toString(), "--title", "t", "--context", "c", "--decision", "d",
				"--element", "no-such-id");
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains("no element with id 'no-such-id'") && refused.err().contains("nothing was recorded"),
				refused.err());
		assertEquals("", ok("decision", "list", model.toString()).out());
	}

	@Test
	void theHistoryArchiveRoundTripsAndABaselineLoadsBackExactly() throws Exception {
		Path model = copyOfExample();
		byte[] original = Files.readAllBytes(model);
		ok("baseline", "create", model.toString(), "v1", "--by", "ada");
		ok("decision", "add", model.toString(), "--title", "t", "--context", "c", "--decision", "d", "--element", HUB);
		upgrade(model);
		ok("baseline", "create", model.toString(), "v2", "--by", "ada");

		Path loaded = dir.resolve("v1.tw");
		ok("baseline", "load", model.toString(), "v1", "-o", loaded.toString());
		assertArrayEquals(original, Files.readAllBytes(loaded));
		assertEquals(1, CliRun.of("baseline", "load", model.toString(), "v1", "-o", loaded.toString()).exitCode(), "no overwrite");

		Path archive = dir.resolve("hub-history.zip");
		ok("archive", "export", model.toString(), "-o", archive.toString());
		Path restored = dir.resolve("restored").resolve("hub.tw");
		Files.createDirectories(restored.getParent());
		ok("archive", "import", archive.toString(), "--to", restored.toString());
		assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(restored));
		assertEquals(strip(ok("baseline", "list", model.toString()).out()), strip(ok("baseline", "list", restored.toString()).out()));
		assertEquals(ok("decision", "list", model.toString()).out(), ok("decision", "list", restored.toString()).out());
		assertEquals(ok("diff", model.toString(), "--from", "v1", "--to", "v2").out(),
				ok("diff", restored.toString(), "--from", "v1", "--to", "v2").out());

		CliRun twice = CliRun.of("archive", "import", archive.toString(), "--to", restored.toString());
		assertEquals(1, twice.exitCode());
		Path corrupt = dir.resolve("corrupt.zip");
		byte[] bytes = Files.readAllBytes(archive);
		Files.write(corrupt, java.util.Arrays.copyOf(bytes, bytes.length - 100));
		CliRun bad = CliRun.of("archive", "import", corrupt.toString(), "--to", dir.resolve("other.tw").toString());
		assertEquals(3, bad.exitCode());
		assertTrue(bad.err().contains("corrupt.zip: not a readable zip archive"), bad.err());
		assertTrue(!Files.exists(dir.resolve("other.kb")) && !Files.exists(dir.resolve("other.tw")), "nothing created");
	}

	private static String strip(String list) {
		return list.replace(System.lineSeparator(), "\n");
	}

	private static JsonNode section(JsonNode diff, String name) {
		for (JsonNode section : diff.get("sections")) {
			if (section.get("name").asText().equals(name)) {
				return section;
			}
		}
		throw new AssertionError("no section " + name + " in " + diff);
	}
}
