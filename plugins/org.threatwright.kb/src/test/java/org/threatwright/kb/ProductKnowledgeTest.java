package org.threatwright.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.ModelToRdf;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StoreException;
import org.threatwright.kb.store.Term;
import org.threatwright.model.SmallModels;

class ProductKnowledgeTest {

    @TempDir
    Path dir;

    @Test
    void publishWritesModelAnalysisAndCataloguesIntoTheirGraphsAndReplacesThemNextTime() {
        SmallModels small = new SmallModels();
        try (ProductKnowledge knowledge = ProductKnowledge.in(KnowledgeStores.memory())) {
            Publications.publish(knowledge, small.model);
            String modelGraph = KnowledgeGraphs.model(small.model.getId());
            String analysisGraph = KnowledgeGraphs.analysis(small.model.getId());
            Set<String> graphs = knowledge.store().read(reader -> reader.graphNames());
            assertTrue(graphs.contains(modelGraph) && graphs.contains(analysisGraph), graphs.toString());
            for (String file : Catalogues.BUILT_IN_FILES) {
                assertTrue(graphs.contains(KnowledgeGraphs.catalogue(file)), file);
            }
            assertEquals(Set.copyOf(ModelToRdf.map(small.model)),
                    Set.copyOf(knowledge.store().read(reader -> reader.statements(modelGraph))));
            long catalogueSize = knowledge.store().<Long>read(reader -> reader.size(KnowledgeGraphs.catalogue("iotsf-2.4.3.ttl")));

            // the sensor leaves: its finding leaves the analysis graph, nothing of the old publication stays
            String sensorFinding = Iris.finding("stride-process-spoofing@" + small.sensor.getId());
            assertTrue(subjects(knowledge, analysisGraph).contains(Term.iri(sensorFinding)));
            small.model.getFlows().remove(small.sensorToHub);
            small.home.getMembers().remove(small.sensor);
            small.model.getElements().remove(small.sensor);
            Publications.publish(knowledge, small.model);
            assertFalse(subjects(knowledge, analysisGraph).contains(Term.iri(sensorFinding)));
            assertFalse(subjects(knowledge, modelGraph).contains(Term.iri(Iris.element(small.sensor.getId()))));
            assertEquals(catalogueSize, (long) knowledge.store().<Long>read(reader -> reader.size(KnowledgeGraphs.catalogue("iotsf-2.4.3.ttl"))),
                    "catalogues are loaded once, not twice");
        }
    }

    @Test
    void aFailureHalfWayThroughPublishingLeavesThePreviousPublicationComplete() {
        SmallModels small = new SmallModels();
        FailingStore failing = new FailingStore(KnowledgeStores.tdb2(dir.resolve("kb")));
        try (ProductKnowledge knowledge = ProductKnowledge.in(failing)) {
            Publications.publish(knowledge, small.model);
            String modelGraph = KnowledgeGraphs.model(small.model.getId());
            String analysisGraph = KnowledgeGraphs.analysis(small.model.getId());
            Set<Statement> model = Set.copyOf(knowledge.store().read(reader -> reader.statements(modelGraph)));
            Set<Statement> analysis = Set.copyOf(knowledge.store().read(reader -> reader.statements(analysisGraph)));

            // the sensor leaves; the store fails at the second batch of 20 analysis statements, after the whole new
            // model graph and the first batch of the new analysis went into the transaction
            small.model.getFlows().remove(small.sensorToHub);
            small.home.getMembers().remove(small.sensor);
            small.model.getElements().remove(small.sensor);
            int modelBatches = (ModelToRdf.map(small.model).size() + 19) / 20;
            failing.addedGraphs.clear();
            failing.failAtAdd = modelBatches + 2;
            StoreException failure = assertThrows(StoreException.class, () -> knowledge.publish(small.model,
                    Publications.register(small.model), Publications.RULE_SET, Instant.parse("2026-11-24T10:00:00Z"), 20));
            assertTrue(failure.getMessage().contains("no space left"), failure.getMessage());
            List<String> expectedAdds = new java.util.ArrayList<>(java.util.Collections.nCopies(modelBatches, modelGraph));
            expectedAdds.add(analysisGraph);
            assertEquals(expectedAdds, failing.addedGraphs);

            assertEquals(model, Set.copyOf(knowledge.store().read(reader -> reader.statements(modelGraph))));
            assertEquals(analysis, Set.copyOf(knowledge.store().read(reader -> reader.statements(analysisGraph))));
            assertTrue(knowledge.isPublished(small.model.getId(), Instant.parse("2026-11-23T10:00:00Z"), Publications.DAY));
        }
    }

    @Test
    void publishingInSmallBatchesGivesTheSameGraphsAsInOne() {
        SmallModels small = new SmallModels();
        try (ProductKnowledge batched = ProductKnowledge.in(KnowledgeStores.memory());
                ProductKnowledge whole = ProductKnowledge.in(KnowledgeStores.memory())) {
            batched.publish(small.model, Publications.register(small.model), Publications.RULE_SET, null, 7);
            whole.publish(small.model, Publications.register(small.model), Publications.RULE_SET, null, Integer.MAX_VALUE);
            for (String graph : List.of(KnowledgeGraphs.model(small.model.getId()), KnowledgeGraphs.analysis(small.model.getId()))) {
                Set<Statement> expected = Set.copyOf(whole.store().read(reader -> reader.statements(graph)));
                assertFalse(expected.isEmpty());
                assertEquals(expected, Set.copyOf(batched.store().read(reader -> reader.statements(graph))), graph);
            }
        }
    }

    @Test
    void knowsWhetherThePublishedAnalysisIsCurrent() {
        SmallModels small = new SmallModels();
        try (ProductKnowledge knowledge = ProductKnowledge.in(KnowledgeStores.memory())) {
            String id = small.model.getId();
            Instant changed = Instant.parse("2026-11-23T10:00:00Z");
            assertFalse(knowledge.isPublished(id, changed, Publications.DAY));
            Publications.publish(knowledge, small.model);
            assertTrue(knowledge.isPublished(id, changed, Publications.DAY));
            assertFalse(knowledge.isPublished(id, changed.plusSeconds(1), Publications.DAY));
            assertFalse(knowledge.isPublished(id, changed, Publications.DAY.plusDays(1)));
        }
    }

    @Test
    void aRegisterOfAnotherModelIsRefusedAndNothingIsWritten() {
        SmallModels small = new SmallModels();
        SmallModels other = new SmallModels();
        other.model.setId("another-model");
        try (ProductKnowledge knowledge = ProductKnowledge.in(KnowledgeStores.memory())) {
            assertThrows(IllegalArgumentException.class,
                    () -> knowledge.publish(small.model, Publications.register(other.model), Publications.RULE_SET, null));
            assertEquals(Set.of(), knowledge.store().read(reader -> reader.graphNames()));
        }
    }

    @Test
    void theDefaultStoreIsTheFolderBesideTheModel() {
        Path model = dir.resolve("hub.tw");
        try (ProductKnowledge knowledge = ProductKnowledge.besideModel(model)) {
            assertTrue(knowledge.describe().contains("hub.kb"), knowledge.describe());
        }
        assertTrue(Files.isDirectory(dir.resolve("hub.kb")));
    }

    private static List<Term> subjects(ProductKnowledge knowledge, String graph) {
        return knowledge.store().read(reader -> reader.statements(graph)).stream().map(Statement::subject).toList();
    }
}
