package org.threatwright.kb.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.threatwright.kb.store.StoreException;

/**
 * Opens TDB2 database folders, refusing folders that are something else. TDB2 itself would happily turn any
 * folder (a home directory, say) into a database, and reports a lock held by another process only as a
 * low-level exception; both deserve a clear message naming the folder.
 */
public final class Tdb2Folders {

    /** Folders open in this process. TDB2 shares one connection per folder within a JVM, so a second open
     * would share it and be pulled from under the first by its close; refusing is clearer. */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private Tdb2Folders() {
    }

    /** Opens (creating when absent or empty) the TDB2 database in {@code folder}. */
    public static LocalStore open(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        checkIsDatabaseOrEmpty(key);
        if (!OPEN.add(key)) {
            throw new StoreException(key + " is already open in this process");
        }
        try {
            DatasetGraph datasetGraph = connect(key);
            return new LocalStore(datasetGraph, key.toString(), () -> {
                try {
                    TDBInternal.expel(datasetGraph); // releases the files and the folder's lock
                } finally {
                    OPEN.remove(key);
                }
            });
        } catch (RuntimeException e) {
            OPEN.remove(key);
            throw e;
        }
    }

    private static DatasetGraph connect(Path folder) {
        try {
            Files.createDirectories(folder);
            return DatabaseMgr.connectDatasetGraph(Location.create(folder));
        } catch (IOException e) {
            throw new StoreException("cannot create the knowledge-base folder " + folder + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
                throw new StoreException(folder + " is in use by another process (TDB2: " + message + ")", e);
            }
            throw new StoreException("cannot open the TDB2 database in " + folder + ": " + message, e);
        }
    }

    /** A TDB2 database folder holds {@code Data-NNNN} generation folders; an empty or absent folder is new. */
    static void checkIsDatabaseOrEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new StoreException(folder + " is a file, not a knowledge-base folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            Set<String> names = new java.util.TreeSet<>();
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
            boolean tdb2 = names.stream().anyMatch(name -> name.matches("Data-\\d+"));
            if (!names.isEmpty() && !tdb2) {
                throw new StoreException(folder + " is not a TDB2 database (it has no Data-NNNN folder but "
                        + names.size() + " other entries); refusing to open it");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the knowledge-base folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
