package org.threatwright.analysis.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageFileTest {

	private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

	@TempDir
	Path dir;

	@Test
	void sidecarSitsNextToTheModel() {
		assertEquals(dir.resolve("hub.tw.triage.json"), TriageFile.of(dir.resolve("hub.tw")));
	}

	@Test
	void roundTripSortedById() throws IOException {
		Map<String, TriageDecision> decisions = new TreeMap<>();
		decisions.put("z-rule@2", new TriageDecision("z-rule@2", TriageStatus.ACCEPTED, "Low impact, signed off", "ada", AT));
		decisions.put("a-rule@1", new TriageDecision("a-rule@1", TriageStatus.MITIGATED, "TLS 1.3 with pinning", "bob", AT));
		Path file = dir.resolve("hub.tw.triage.json");
		TriageFile.save(decisions, file);
		assertEquals(decisions, TriageFile.load(file));
		String text = Files.readString(file);
		assertTrue(text.indexOf("a-rule@1") < text.indexOf("z-rule@2"), text);
		assertEquals(List.of(file), Files.list(dir).toList(), "no temporary file left");
	}

	@Test
	void missingFileMeansNoDecisions() throws IOException {
		assertEquals(Map.of(), TriageFile.load(dir.resolve("none.triage.json")));
	}

	@Test
	void aDecisionOtherThanOpenNeedsAJustification() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new TriageDecision("r@1", TriageStatus.NOT_APPLICABLE, " ", "ada", AT));
		assertEquals("r@1: a not-applicable decision needs a justification", e.getMessage());
		new TriageDecision("r@1", TriageStatus.OPEN, null, "ada", AT); // reopening needs no reason
	}

	@Test
	void brokenFilesNameFilePlaceAndProblem() throws IOException {
		Path file = dir.resolve("bad.triage.json");
		Files.writeString(file, "{\n  \"decisions\": [ {\"findingId\": \"r@1\",, } ]\n}\n");
		IOException json = assertThrows(IOException.class, () -> TriageFile.load(file));
		assertTrue(json.getMessage().startsWith(file + ":2:"), json.getMessage());
		assertTrue(json.getMessage().contains("not valid JSON"), json.getMessage());

		Files.writeString(file, "{\"decisions\": [{\"findingId\": \"r@1\", \"status\": \"fixed\", \"by\": \"a\", \"at\": \"2026-11-23T10:00:00Z\"}]}");
		assertEquals(file + ": decision 1: not a triage status: 'fixed' (expected open, mitigated, not-applicable or accepted)",
				assertThrows(IOException.class, () -> TriageFile.load(file)).getMessage());

		Files.writeString(file, "{\"decisions\": [{\"findingId\": \"r@1\", \"status\": \"open\", \"by\": \"a\", \"at\": \"yesterday\"}]}");
		assertTrue(assertThrows(IOException.class, () -> TriageFile.load(file)).getMessage().startsWith(file + ": decision 1: "));

		Files.writeString(file, "[]");
		assertEquals(file + ": expected an object with a 'decisions' array",
				assertThrows(IOException.class, () -> TriageFile.load(file)).getMessage());
	}

	@Test
	void twoDecisionsForOneFindingAreRefused() throws IOException {
		Path file = dir.resolve("dup.triage.json");
		String one = "{\"findingId\": \"r@1\", \"status\": \"open\", \"by\": \"a\", \"at\": \"2026-11-23T10:00:00Z\"}";
		Files.writeString(file, "{\"decisions\": [" + one + "," + one + "]}");
		assertEquals(file + ": decision 2: a second decision for r@1",
				assertThrows(IOException.class, () -> TriageFile.load(file)).getMessage());
	}
}
