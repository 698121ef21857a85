package org.threatwright.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageFile;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.kb.store.KnowledgeStores;

class TriageStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void recordsOneDecisionPerFindingAndKeepsItAcrossReopening() {
        Path model = dir.resolve("hub.tw");
        try (ProductKnowledge knowledge = ProductKnowledge.besideModel(model)) {
            TriageStore triage = knowledge.triage("m1");
            triage.record(new TriageDecision("r@a", TriageStatus.ACCEPTED, "low value", "ada", T0));
            triage.record(new TriageDecision("r@b", TriageStatus.OPEN, null, "bob", T0));
            triage.record(new TriageDecision("r@a", TriageStatus.MITIGATED, "TLS added", "bob", T0.plusSeconds(60)));
            assertTrue(knowledge.triage("m2").decisions().isEmpty(), "another model's decisions are apart");
        }
        try (ProductKnowledge knowledge = ProductKnowledge.besideModel(model)) {
            Map<String, TriageDecision> decisions = knowledge.triage("m1").decisions();
            assertEquals(List.of("r@a", "r@b"), List.copyOf(decisions.keySet()));
            assertEquals(TriageStatus.MITIGATED, decisions.get("r@a").status());
            assertEquals("bob", decisions.get("r@a").by());
        }
    }

    @Test
    void aSidecarIsImportedOnceAndRenamedAndTheLaterDecisionWins() throws IOException {
        Path model = dir.resolve("hub.tw");
        TriageFile.save(Map.of(
                "r@a", new TriageDecision("r@a", TriageStatus.ACCEPTED, "old", "ada", T0),
                "r@c", new TriageDecision("r@c", TriageStatus.NOT_APPLICABLE, "no radio", "ada", T0)), TriageFile.of(model));
        try (ProductKnowledge knowledge = ProductKnowledge.in(KnowledgeStores.memory())) {
            TriageStore triage = knowledge.triage("m1");
            triage.record(new TriageDecision("r@a", TriageStatus.MITIGATED, "newer", "bob", T0.plusSeconds(5)));
            TriageStore.SidecarImport imported = triage.importSidecar(model).orElseThrow();
            assertEquals(2, imported.decisions());
            assertEquals(1, imported.changed());
            assertFalse(Files.exists(TriageFile.of(model)));
            assertEquals(dir.resolve("hub.tw.triage.json.imported"), imported.renamedTo());
            assertTrue(Files.exists(imported.renamedTo()));
            Map<String, TriageDecision> decisions = triage.decisions();
            assertEquals("newer", decisions.get("r@a").justification());
            assertEquals(TriageStatus.NOT_APPLICABLE, decisions.get("r@c").status());
            assertTrue(triage.importSidecar(model).isEmpty(), "imported once");
        }
    }

    @Test
    void aBrokenSidecarIsNotImportedNorRenamed() throws IOException {
        Path model = dir.resolve("hub.tw");
        Files.writeString(TriageFile.of(model), "{ \"decisions\": [ { \"findingId\": 3 } ] }");
        try (ProductKnowledge knowledge = ProductKnowledge.in(KnowledgeStores.memory())) {
            TriageStore triage = knowledge.triage("m1");
            IOException e = assertThrows(IOException.class, () -> triage.importSidecar(model));
            assertTrue(e.getMessage().contains("hub.tw.triage.json"), e.getMessage());
            assertTrue(Files.exists(TriageFile.of(model)));
            assertTrue(triage.decisions().isEmpty());
        }
    }
}
