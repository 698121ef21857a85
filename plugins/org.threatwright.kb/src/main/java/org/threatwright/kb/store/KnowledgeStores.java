package org.threatwright.kb.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.threatwright.kb.store.internal.LocalStore;
import org.threatwright.kb.store.internal.RemoteStore;
import org.threatwright.kb.store.internal.Tdb2Folders;

/** Opens knowledge stores: in memory, a TDB2 folder (the default, beside the model) or a Fuseki server. */
public final class KnowledgeStores {

    /** Extension of the knowledge-base folder kept beside a model: {@code X.tw} has {@code X.kb/}. */
    public static final String FOLDER_EXTENSION = ".kb";

    private KnowledgeStores() {
    }

    /** The version of Apache Jena the stores run on, e.g. {@code 5.6.0}: for the about box and bug reports. */
    public static String jenaVersion() {
        return org.apache.jena.Jena.VERSION;
    }

    /** A fresh, empty store in memory, gone when closed. Transactions as in TDB2 (one writer, snapshot readers). */
    public static KnowledgeStore memory() {
        return new LocalStore(DatasetGraphFactory.createTxnMem(), "in memory", () -> { });
    }

    /**
     * The TDB2 database in {@code folder}, created when the folder is absent or empty.
     *
     * @throws StoreException naming the folder when it is not a TDB2 database, is in use by another process
     *         (TDB2 locks it) or already open in this one, or cannot be read
     */
    public static KnowledgeStore tdb2(Path folder) {
        return Tdb2Folders.open(Objects.requireNonNull(folder, "folder"));
    }

    /** The folder that keeps a model's knowledge base: {@code X.kb} beside {@code X.tw}. */
    public static Path folderBesideModel(Path modelFile) {
        Path name = Objects.requireNonNull(modelFile, "modelFile").getFileName();
        if (name == null) {
            throw new IllegalArgumentException("not a model file: " + modelFile);
        }
        String file = name.toString();
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        return modelFile.resolveSibling(stem + FOLDER_EXTENSION);
    }

    /** The TDB2 store beside a model file ({@link #folderBesideModel}). */
    public static KnowledgeStore besideModel(Path modelFile) {
        return tdb2(folderBesideModel(modelFile));
    }

    /**
     * A dataset on a Fuseki server, e.g. {@code http://127.0.0.1:3030/kb}, with HTTP basic authentication.
     * Connects once to check the server and the credentials. Use https for anything but loopback: basic
     * authentication sends the password readable to anyone on the path. The password array is not kept.
     *
     * @throws StoreException "cannot reach ..." or "authentication failed ..." naming the URL (never the password)
     */
    public static KnowledgeStore remote(URI datasetUrl, String user, char[] password) {
        Objects.requireNonNull(datasetUrl, "datasetUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        return RemoteStore.open(datasetUrl, user, password);
    }
}
