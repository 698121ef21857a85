package org.threatwright.kb.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.Publications;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.model.SmallModels;

class AuditedKnowledgeStoreTest {

    private static final String MODEL = "m-1";
    private static final Statement S = Statement.of(Term.iri("https://example.org/a"), "https://example.org/p", Term.literal("x"));
    private static final Statement T = Statement.of(Term.iri("https://example.org/b"), "https://example.org/p", Term.literal("y"));

    @Test
    void everyWriteRecordsWhoWhenWhatAndCountsInTheModelsAuditGraph() {
        try (KnowledgeStore store = AuditedKnowledgeStore.wrap(KnowledgeStores.memory(), "ada")) {
            Instant before = Instant.now();
            store.writeAll(w -> {
                Audit.note(w, "triage set F1 mitigated");
                w.add(KnowledgeGraphs.triage(MODEL), List.of(S, T));
            });
            store.writeAll(w -> w.replaceGraph(KnowledgeGraphs.triage(MODEL), List.of(S)));
            store.writeAll(w -> w.add(KnowledgeGraphs.triage(MODEL), List.of())); // changes nothing: no entry

            List<AuditEntry> entries = new AuditLog(store, MODEL).entries();
            assertEquals(2, entries.size());
            AuditEntry first = entries.get(0);
            assertEquals("ada", first.agent());
            assertEquals("triage set F1 mitigated", first.action());
            assertTrue(!first.at().isBefore(before));
            assertEquals(List.of(new AuditEntry.GraphChange(KnowledgeGraphs.triage(MODEL), 2, 0)), first.graphs());
            assertEquals("write", entries.get(1).action());
            assertEquals(List.of(new AuditEntry.GraphChange(KnowledgeGraphs.triage(MODEL), 1, 2)), entries.get(1).graphs());
            assertEquals(1, new AuditLog(store, MODEL).entries(entries.get(1).at(), null).size());
            assertEquals(0, new AuditLog(store, MODEL).entries(null, KnowledgeGraphs.model(MODEL)).size());
        }
    }

    @Test
    void theAuditLogIsAppendOnlyAndAFailedWriteLeavesNoEntry() {
        try (KnowledgeStore store = AuditedKnowledgeStore.wrap(KnowledgeStores.memory(), "ada")) {
            store.writeAll(w -> w.add(KnowledgeGraphs.model(MODEL), List.of(S)));
            String audit = KnowledgeGraphs.audit(MODEL);
            long size = store.<Long>read(r -> r.size(audit));
            assertThrows(ProtectedGraphException.class, () -> store.writeAll(w -> w.clearGraph(audit)));
            assertThrows(ProtectedGraphException.class, () -> store.writeAll(w -> w.add(audit, List.of(T))));
            assertThrows(ProtectedGraphException.class, () -> store.writeAll(w -> w.remove(audit, List.of(S))));
            assertThrows(ProtectedGraphException.class, () -> store.writeAll(w -> w.update(Sparql.of(
                    "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }").bindIri("g", audit))));
            assertThrows(IllegalStateException.class, () -> store.writeAll(w -> {
                w.add(KnowledgeGraphs.model(MODEL), List.of(T));
                throw new IllegalStateException("work failed");
            }));
            assertEquals(size, (long) store.<Long>read(r -> r.size(audit)));
            assertEquals(1, new AuditLog(store, MODEL).entries().size());
            assertEquals(1L, (long) store.<Long>read(r -> r.size(KnowledgeGraphs.model(MODEL))));
        }
        // and the log's reader offers no way to change an entry
        for (Method method : AuditLog.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                assertTrue(List.of("entries", "graph").contains(method.getName()), method.getName());
            }
        }
    }

    @Test
    void aBaselinesGraphsAreWrittenOnceWithTheirManifestAndNeverAgain() {
        String part = KnowledgeGraphs.baseline(MODEL, "v1", "model");
        String manifest = KnowledgeGraphs.baseline(MODEL, "v1", GraphOwners.BASELINE_MANIFEST_PART);
        try (KnowledgeStore store = AuditedKnowledgeStore.wrap(KnowledgeStores.memory(), "ada")) {
            assertThrows(ProtectedGraphException.class, () -> store.writeAll(w -> w.add(part, List.of(S))),
                    "parts without a manifest");
            store.writeAll(w -> {
                w.add(part, List.of(S));
                w.add(manifest, List.of(T));
            });
            assertThrows(ProtectedGraphException.class, () -> store.writeAll(w -> w.add(part, List.of(T))));
            assertThrows(ProtectedGraphException.class, () -> store.writeAll(w -> w.clearGraph(part)));
            assertThrows(ProtectedGraphException.class, () -> store.writeAll(w -> w.replaceGraph(manifest, List.of())));
            assertThrows(ProtectedGraphException.class, () -> store.writeAll(w -> w.add(
                    KnowledgeGraphs.baseline(MODEL, "v1", "risk"), List.of(S))), "no new part later either");
            assertThrows(ProtectedGraphException.class, () -> store.writeAll(w -> w.update(Sparql.of(
                    "INSERT DATA { GRAPH <" + part + "> { <https://example.org/c> <https://example.org/p> 1 } }"))));
            assertEquals(List.of(S), store.read(r -> r.statements(part)));
        }
    }

    @Test
    void productKnowledgeAuditsPublicationAndTriageWithTheAgentItWasOpenedFor() {
        SmallModels small = new SmallModels();
        String id = small.model.getId();
        try (ProductKnowledge kb = ProductKnowledge.in(KnowledgeStores.memory(), "grace")) {
            Publications.publish(kb, small.model);
            kb.triage(id).record(new TriageDecision("stride-process-spoofing@" + small.sensor.getId(), TriageStatus.MITIGATED,
                    "install code", "grace", Instant.parse("2026-11-23T10:00:00Z")));
            List<AuditEntry> entries = new AuditLog(kb.store(), id).entries();
            assertEquals(2, entries.size());
            assertEquals("analysis published", entries.get(0).action());
            assertTrue(entries.get(0).touches(KnowledgeGraphs.model(id)) && entries.get(0).touches(KnowledgeGraphs.analysis(id)));
            assertTrue(entries.get(0).graphs().stream().anyMatch(g -> g.graph().contains("/catalogue/")),
                    "catalogues loaded with the publication are listed with it");
            assertEquals("triage set stride-process-spoofing@" + small.sensor.getId() + " mitigated", entries.get(1).action());
            assertEquals("grace", entries.get(1).agent());
        }
    }

    @Test
    void graphOwnersReadTheModelIdOutOfEveryKindOfGraphName() {
        assertEquals("a b/c", GraphOwners.modelIdOf(KnowledgeGraphs.riskDecisions("a b/c")).orElseThrow());
        assertEquals("x", GraphOwners.modelIdOf(KnowledgeGraphs.baseline("x", "v1", "model")).orElseThrow());
        assertTrue(GraphOwners.modelIdOf(KnowledgeGraphs.catalogue("iotsf-2.4.3.ttl")).isEmpty());
        assertTrue(GraphOwners.modelIdOf("https://example.org/g").isEmpty());
    }
}
