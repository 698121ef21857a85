package org.threatwright.kb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on TDB2, plus what only a database on disk has: persistence, folders, locks. */
class Tdb2StoreTest extends KnowledgeStoreContract {

    @TempDir
    Path temp;

    @Override
    protected KnowledgeStore openStore() {
        return KnowledgeStores.tdb2(temp.resolve("contract.kb"));
    }

    @Test
    void committedDataSurvivesCloseAndReopen() {
        Path folder = temp.resolve("persist.kb");
        try (KnowledgeStore first = KnowledgeStores.tdb2(folder)) {
            first.writeAll(w -> w.add(G1, List.of(A_NAMED, A_LINKS_B)));
            assertThrows(IllegalStateException.class, () -> first.writeAll(w -> {
                w.add(G2, List.of(B_NAMED));
                throw new IllegalStateException("abort");
            }));
        }
        try (KnowledgeStore again = KnowledgeStores.tdb2(folder)) {
            again.read(r -> {
                assertEquals(2, r.size(G1));
                assertEquals(java.util.Set.of(G1), r.graphNames(), "the aborted write left nothing on disk");
                return null;
            });
        }
    }

    @Test
    void aFolderThatIsNotADatabaseIsRefusedByName() throws IOException {
        Path documents = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(documents.resolve("notes.txt"), "not a database");
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStores.tdb2(documents));
        assertTrue(e.getMessage().contains(documents.toString()) && e.getMessage().contains("not a TDB2 database"),
                e.getMessage());
        assertEquals(List.of(documents.resolve("notes.txt")), Files.list(documents).toList(), "nothing was written into it");

        Path file = Files.writeString(temp.resolve("model.kb"), "a file");
        StoreException onFile = assertThrows(StoreException.class, () -> KnowledgeStores.tdb2(file));
        assertTrue(onFile.getMessage().contains(file.toString()), onFile.getMessage());
    }

    @Test
    void aFolderOpenInThisProcessIsRefused() {
        Path folder = temp.resolve("twice.kb");
        try (KnowledgeStore first = KnowledgeStores.tdb2(folder)) {
            StoreException e = assertThrows(StoreException.class, () -> KnowledgeStores.tdb2(folder));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
        }
        KnowledgeStores.tdb2(folder).close(); // free again once closed
    }

    @Test
    void aFolderLockedByAnotherProcessIsRefusedByName() throws Exception {
        Path folder = temp.resolve("locked.kb");
        KnowledgeStores.tdb2(folder).close(); // a real database, so only the lock can be the problem
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldTdb2Folder.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = output.readLine()) != null && !line.equals(HoldTdb2Folder.READY)) {
                // skip anything the child logs before it holds the folder
            }
            assertEquals(HoldTdb2Folder.READY, line, "the other process opened the folder");
            StoreException e = assertThrows(StoreException.class, () -> KnowledgeStores.tdb2(folder));
            assertTrue(e.getMessage().contains(folder.toString()) && e.getMessage().contains("in use by another process"),
                    e.getMessage());
        } finally {
            holder.destroy();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theFolderBesideAModelIsNamedAfterIt() {
        Path model = temp.resolve("smart-hub.tw");
        assertEquals(temp.resolve("smart-hub.kb"), KnowledgeStores.folderBesideModel(model));
        try (KnowledgeStore store = KnowledgeStores.besideModel(model)) {
            store.writeAll(w -> w.add(G1, List.of(A_NAMED)));
        }
        assertTrue(Files.isDirectory(temp.resolve("smart-hub.kb")));
    }
}
