package org.threatwright.kb.store;

import java.nio.file.Path;

/** Run in a child JVM by {@link Tdb2StoreTest}: opens a TDB2 folder and holds it until killed. */
public final class HoldTdb2Folder {

    static final String READY = "holding";

    private HoldTdb2Folder() {
    }

    public static void main(String[] args) throws InterruptedException {
        KnowledgeStore store = KnowledgeStores.tdb2(Path.of(args[0]));
        store.read(r -> r.size(null));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(120_000);
        store.close();
    }
}
