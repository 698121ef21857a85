package org.threatwright.kb.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.Publications;
import org.threatwright.kb.audit.AuditLog;
import org.threatwright.kb.audit.AuditedKnowledgeStore;
import org.threatwright.kb.decisions.DecisionLog;
import org.threatwright.kb.decisions.DecisionStatus;
import org.threatwright.kb.decisions.NewDecision;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.internal.JenaTerms;
import org.threatwright.model.SmallModels;
import org.threatwright.model.io.ModelFiles;

class HistoryArchiveTest {

    @TempDir
    Path dir;

    private final SmallModels small = new SmallModels();
    private final String id = small.model.getId();

    /** A history with every kind of graph: working, triage, decisions, two baselines, the audit log. */
    private ProductKnowledge history() throws IOException {
        ProductKnowledge kb = ProductKnowledge.in(KnowledgeStores.memory(), "ada");
        Publications.publish(kb, small.model);
        kb.triage(id).record(new TriageDecision("stride-process-spoofing@" + small.sensor.getId(), TriageStatus.ACCEPTED,
                "low value", "ada", Instant.parse("2026-11-23T10:00:00Z")));
        new DecisionLog(kb.store(), id).add(new NewDecision("TLS library", "need TLS", "use Mbed TLS", List.of("OpenSSL: size"),
                "smaller footprint", DecisionStatus.ACCEPTED, LocalDate.of(2026, 1, 5), "ada", List.of(small.tls.getId()),
                List.of(), List.of(), List.of(), List.of(), null), Set.of(small.tls.getId()), Set.of());
        Baselines baselines = new Baselines(kb.store(), id);
        baselines.create(BaselinesTest.request("v1", small));
        small.tls.setVersion("3.6.3");
        Publications.publish(kb, small.model);
        baselines.create(BaselinesTest.request("v2", small));
        return kb;
    }

    private static Map<String, Graph> graphs(KnowledgeStore store, String modelId) {
        return store.read(reader -> {
            Map<String, Graph> out = new TreeMap<>();
            for (String name : reader.graphNames()) {
                if (name.contains("/" + modelId)) {
                    Graph graph = GraphFactory.createDefaultGraph();
                    JenaTerms.toTriples(reader.statements(name)).forEach(graph::add);
                    out.put(name, graph);
                }
            }
            return out;
        });
    }

    @Test
    void theWholeHistoryRoundTripsGraphByGraph() throws IOException {
        Path archive = dir.resolve("history.zip");
        byte[] modelFile = ModelFiles.serialize(small.model);
        try (ProductKnowledge kb = history()) {
            Map<String, Graph> exported = graphs(kb.store(), id);
            HistoryArchive.Manifest manifest = HistoryArchive.export(kb.store(), id, "hub.tw", modelFile, "ada", archive);
            assertEquals(exported.keySet(), Set.copyOf(manifest.graphs().stream().map(HistoryArchive.GraphEntry::graph).toList()));
            assertTrue(exported.containsKey(KnowledgeGraphs.audit(id)) && exported.containsKey(KnowledgeGraphs.designDecisions(id))
                    && exported.containsKey(HistoryPart.MODEL.baselineGraph(id, "v2")), exported.keySet().toString());

            try (AuditedKnowledgeStore fresh = AuditedKnowledgeStore.wrap(KnowledgeStores.memory(), "grace")) {
                HistoryArchive.Imported imported = HistoryArchive.importInto(fresh, archive, false);
                assertArrayEquals(modelFile, imported.modelFile());
                Map<String, Graph> restored = graphs(fresh, id);
                assertEquals(exported.keySet(), restored.keySet());
                for (String graph : exported.keySet()) {
                    if (!graph.equals(KnowledgeGraphs.audit(id))) {
                        assertTrue(exported.get(graph).isIsomorphicWith(restored.get(graph)), graph);
                    }
                }
                // the audit log is the exported one plus the entry of the import itself
                var before = new AuditLog(kb.store(), id).entries();
                var after = new AuditLog(fresh, id).entries();
                assertEquals(before, after.subList(0, before.size()));
                assertEquals(before.size() + 1, after.size());
                assertEquals("grace", after.getLast().agent());
                assertTrue(after.getLast().action().startsWith("archive imported from history.zip"));
                Graph withoutImport = GraphFactory.createDefaultGraph();
                restored.get(KnowledgeGraphs.audit(id)).find().forEachRemaining(t -> {
                    if (!t.getSubject().getURI().startsWith(after.getLast().iri())
                            && !(t.getSubject().getURI().contains("/agent/grace"))) {
                        withoutImport.add(t);
                    }
                });
                assertTrue(exported.get(KnowledgeGraphs.audit(id)).isIsomorphicWith(withoutImport));
                // baselines restored are baselines: still immutable, still readable
                assertEquals(List.of("v1", "v2"), new Baselines(fresh, id).list().stream().map(BaselineInfo::name).toList());
            }
        }
    }

    @Test
    void anArchiveIntoAStoreThatHasTheModelIsRefusedUnlessReplacing() throws IOException {
        Path archive = dir.resolve("history.zip");
        try (ProductKnowledge kb = history()) {
            HistoryArchive.export(kb.store(), id, "hub.tw", ModelFiles.serialize(small.model), "ada", archive);
            AuditedKnowledgeStore store = (AuditedKnowledgeStore) kb.store();
            Map<String, Graph> before = graphs(store, id);
            ArchiveException refused = assertThrows(ArchiveException.class, () -> HistoryArchive.importInto(store, archive, false));
            assertTrue(refused.getMessage().contains("already holds"), refused.getMessage());
            assertEquals(before.keySet(), graphs(store, id).keySet());
            HistoryArchive.importInto(store, archive, true);
            assertTrue(before.get(HistoryPart.MODEL.baselineGraph(id, "v1"))
                    .isIsomorphicWith(graphs(store, id).get(HistoryPart.MODEL.baselineGraph(id, "v1"))));
        }
    }

    @Test
    void aCorruptOrTruncatedArchiveIsRefusedNamingTheEntryAndTheStoreIsUnchanged() throws IOException {
        Path archive = dir.resolve("history.zip");
        try (ProductKnowledge kb = history()) {
            HistoryArchive.export(kb.store(), id, "hub.tw", ModelFiles.serialize(small.model), "ada", archive);
        }
        byte[] bytes = Files.readAllBytes(archive);
        Path truncated = dir.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        Path tampered = dir.resolve("tampered.zip");
        rewrite(archive, tampered, "graphs/0001.nt", content -> (new String(content) + "<https://e.org/x> <https://e.org/p> \"evil\" .\n").getBytes());
        Path broken = dir.resolve("broken.zip");
        rewrite(archive, broken, "manifest.json", content -> "{ \"format\": ".getBytes());
        Path empty = dir.resolve("empty.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(empty))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes());
        }

        try (AuditedKnowledgeStore store = AuditedKnowledgeStore.wrap(KnowledgeStores.memory(), "grace")) {
            assertTrue(message(store, truncated).contains("truncated.zip: not a readable zip archive (truncated or corrupt)"));
            String checksum = message(store, tampered);
            assertTrue(checksum.contains("entry graphs/0001.nt: checksum mismatch") && checksum.contains("the archive is corrupt"), checksum);
            assertTrue(message(store, broken).contains("manifest.json is not a valid manifest"), message(store, broken));
            assertTrue(message(store, empty).contains("no manifest.json (not a Threatwright history archive)"));
            assertEquals(Set.of(), store.read(r -> r.graphNames()));
        }
    }

    private static String message(AuditedKnowledgeStore store, Path archive) {
        return assertThrows(ArchiveException.class, () -> HistoryArchive.importInto(store, archive, false)).getMessage();
    }

    private static void rewrite(Path from, Path to, String entryName, java.util.function.UnaryOperator<byte[]> change)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] content = zip.getInputStream(entry).readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(entryName) ? change.apply(content) : content);
                out.closeEntry();
            }
        }
        Files.write(to, bytes.toByteArray());
    }
}
