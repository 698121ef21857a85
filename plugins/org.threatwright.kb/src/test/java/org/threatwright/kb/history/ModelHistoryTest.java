package org.threatwright.kb.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.model.SmallModels;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;

class ModelHistoryTest {

    @Test
    void aBaselineOfTheFileThenAChangeOnDiskShowsInTheDiffAndTheImpact(@TempDir Path dir) throws Exception {
        SmallModels small = new SmallModels();
        Path file = dir.resolve("hub.tw");
        ModelFiles.save(small.model, file);
        try (ProductKnowledge kb = ProductKnowledge.in(KnowledgeStores.memory(), "ada")) {
            BaselineInfo v1 = new ModelHistory(kb, file, ModelFiles.load(file)).createBaseline("v1", null, "ada");
            assertEquals("v1", v1.name());
            assertEquals("ada", v1.author());
            assertEquals(small.model.getRelease(), v1.version());

            SystemModel changed = ModelFiles.load(file);
            changed.getElements().stream().filter(e -> e.getId().equals(small.cloud.getId())).findFirst().orElseThrow()
                    .setName("Renamed cloud");
            ModelFiles.save(changed, file);
            ModelHistory history = new ModelHistory(kb, file, ModelFiles.load(file));

            HistoryDiff unchanged = history.diff("v1", "v1");
            assertTrue(unchanged.isEmpty());
            HistoryDiff diff = history.diff("v1", Baselines.WORKING);
            assertEquals("v1", diff.from());
            assertEquals(Baselines.WORKING, diff.to());
            ResourceChange renamed = diff.sections().stream().flatMap(s -> s.changes().stream())
                    .filter(c -> c.id().equals(small.cloud.getId())).findFirst().orElseThrow();
            assertEquals(ResourceChange.CHANGED, renamed.change());
            assertEquals("Renamed cloud", renamed.name());
            assertEquals(List.of(new AttributeChange("title", List.of("Cloud API"), List.of("Renamed cloud"))), renamed.attributes());

            ModelHistory.Impact impact = history.impact("v1", "medium");
            assertEquals("v1", impact.report().against());
            assertEquals(diff, impact.diff());
        }
    }

    @Test
    void aSecondBaselineOfTheSameNameIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        SmallModels small = new SmallModels();
        Path file = dir.resolve("hub.tw");
        ModelFiles.save(small.model, file);
        try (ProductKnowledge kb = ProductKnowledge.in(KnowledgeStores.memory(), "ada")) {
            ModelHistory history = new ModelHistory(kb, file, ModelFiles.load(file));
            history.createBaseline("v1", "1.0", "ada");
            BaselineException e = assertThrows(BaselineException.class, () -> history.createBaseline("v1", "1.1", "bob"));
            assertEquals("baseline 'v1' already exists; baselines are never modified: choose another name", e.getMessage());
            assertEquals(1, history.baselines().list().size());
            BaselineException missing = assertThrows(BaselineException.class, () -> history.snapshot("v9"));
            assertTrue(missing.getMessage().contains("v9"), missing.getMessage());
        }
    }
}
