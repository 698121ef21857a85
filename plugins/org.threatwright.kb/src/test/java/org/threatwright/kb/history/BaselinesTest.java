package org.threatwright.kb.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.Publications;
import org.threatwright.kb.audit.AuditLog;
import org.threatwright.kb.audit.ProtectedGraphException;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.model.SmallModels;
import org.threatwright.model.io.ModelFiles;

class BaselinesTest {

    static NewBaseline request(String name, SmallModels small) throws IOException {
        return new NewBaseline(name, "1.0", "ada", "hub.tw", ModelFiles.serialize(small.model), null);
    }

    @Test
    void aBaselineFreezesEveryWorkingGraphWithItsManifestAndTheExactModelText() throws IOException {
        SmallModels small = new SmallModels();
        String id = small.model.getId();
        try (ProductKnowledge kb = ProductKnowledge.in(KnowledgeStores.memory(), "ada")) {
            Publications.publish(kb, small.model);
            Statement requirement = Statement.of(Term.iri("https://threatwright.org/id/requirement/REQ-1"),
                    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", Term.iri("https://threatwright.org/ontology#SecurityRequirement"));
            kb.store().writeAll(w -> w.add(KnowledgeGraphs.requirements(id), List.of(requirement)));
            Baselines baselines = new Baselines(kb.store(), id);
            BaselineInfo v1 = baselines.create(request("v1", small));

            assertEquals("v1", v1.name());
            assertEquals("1.0", v1.version());
            assertEquals("ada", v1.author());
            assertEquals(List.of(HistoryPart.MODEL, HistoryPart.ANALYSIS, HistoryPart.REQUIREMENTS),
                    List.copyOf(v1.parts().keySet()).stream().sorted().toList());
            assertEquals(v1, baselines.get("v1"));
            assertEquals(List.of(v1), baselines.list());
            assertArrayEquals(ModelFiles.serialize(small.model), baselines.modelText("v1").getBytes(StandardCharsets.UTF_8));
            assertEquals(Baselines.sha256(ModelFiles.serialize(small.model)), v1.sourceSha256());
            Snapshot snapshot = baselines.snapshot("v1");
            assertEquals(kb.store().read(r -> r.statements(KnowledgeGraphs.model(id))), snapshot.part(HistoryPart.MODEL));
            assertEquals(List.of(requirement), snapshot.part(HistoryPart.REQUIREMENTS));
            assertEquals("baseline v1 created", new AuditLog(kb.store(), id).entries().getLast().action());
        }
    }

    @Test
    void aBaselineIsNeverModifiedAfterItsCreation() throws IOException {
        SmallModels small = new SmallModels();
        String id = small.model.getId();
        try (ProductKnowledge kb = ProductKnowledge.in(KnowledgeStores.memory(), "ada")) {
            Publications.publish(kb, small.model);
            Baselines baselines = new Baselines(kb.store(), id);
            baselines.create(request("v1", small));
            Snapshot frozen = baselines.snapshot("v1");

            small.firmware.setVersion("9.9.9");
            Publications.publish(kb, small.model); // the working graphs move on
            BaselineException exists = assertThrows(BaselineException.class, () -> baselines.create(request("v1", small)));
            assertTrue(exists.getMessage().contains("baseline 'v1' of model " + id + " already exists"), exists.getMessage());
            String modelPart = HistoryPart.MODEL.baselineGraph(id, "v1");
            assertThrows(ProtectedGraphException.class, () -> kb.store().writeAll(w -> w.clearGraph(modelPart)));
            assertThrows(ProtectedGraphException.class, () -> kb.store().writeAll(
                    w -> w.replaceGraph(baselines.manifestGraph("v1"), List.of())));
            assertEquals(frozen, baselines.snapshot("v1"));
            // the stored form (digests, then changed subjects only) reads the same difference as the whole snapshots
            baselines.create(request("v2", small));
            HistoryDiff whole = new SemanticDiff(baselines.snapshot("v1"), baselines.snapshot("v2")).diff();
            HistoryDiff stored = new SemanticDiff(baselines.stored("v1"), baselines.stored("v2")).diff();
            assertEquals(whole, stored);
            assertEquals(List.of(new AttributeChange("version", List.of("1.0.3"), List.of("9.9.9"))),
                    stored.section("components").orElseThrow().changes().get(0).attributes());
            assertTrue(baselines.snapshot("v1").part(HistoryPart.MODEL).stream().noneMatch(s -> s.object().value().equals("9.9.9")));
        }
    }

    @Test
    void aMissingBaselineIsNamedWithTheOnesThatExistAndBadNamesAreRefused() throws IOException {
        SmallModels small = new SmallModels();
        try (ProductKnowledge kb = ProductKnowledge.in(KnowledgeStores.memory(), "ada")) {
            Baselines baselines = new Baselines(kb.store(), small.model.getId());
            assertThrows(BaselineException.class, () -> baselines.create(request("v1", small)), "nothing published");
            Publications.publish(kb, small.model);
            baselines.create(request("v1", small));
            baselines.create(request("v2", small));
            BaselineException missing = assertThrows(BaselineException.class, () -> baselines.snapshot("v3"));
            assertEquals("no baseline 'v3' of model " + small.model.getId() + " (baselines: v1, v2)", missing.getMessage());
            assertEquals("v2", baselines.latest().orElseThrow().name());
            assertThrows(IllegalArgumentException.class, () -> request("working", small));
            // a hostile name is a name like any other: bound as a term, never spliced into a query
            String hostile = "v\"> } } ; DROP ALL ; #";
            baselines.create(request(hostile, small));
            assertEquals(hostile, baselines.get(hostile).name());
            assertEquals(3, baselines.list().size());
        }
    }
}
