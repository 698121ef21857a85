package org.threatwright.kb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threatwright.kb.server.KnowledgeServer;

/**
 * The contract on a real Fuseki server (our {@link KnowledgeServer}: Fuseki main, in-memory transactional dataset,
 * basic authentication) on a random loopback port, plus the failures only a remote store has.
 */
class RemoteStoreTest extends KnowledgeStoreContract {

    private static final String USER = "analyst";
    private static final String PASSWORD = "correct horse battery staple";

    private static KnowledgeServer server;

    @BeforeAll
    static void startServer() {
        server = KnowledgeServer.builder().user(USER).password(PASSWORD.toCharArray()).start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Override
    protected KnowledgeStore openStore() {
        KnowledgeStore remote = KnowledgeStores.remote(server.datasetUrl(), USER, PASSWORD.toCharArray());
        remote.writeAll(w -> w.update(Sparql.of("DROP ALL"))); // one server for the class: empty it per test
        return remote;
    }

    @Override
    protected boolean readsOwnWrites() {
        return false; // changes are queued in the client until commit
    }

    @Test
    void aWrongPasswordIsReportedAsSuchWithoutThePassword() {
        String wrong = "not-the-password";
        StoreException e = assertThrows(StoreException.class,
                () -> KnowledgeStores.remote(server.datasetUrl(), USER, wrong.toCharArray()));
        assertTrue(e.getMessage().startsWith("authentication failed at " + server.datasetUrl()), e.getMessage());
        assertFalse(e.getMessage().contains(wrong));
        StoreException unknownUser = assertThrows(StoreException.class,
                () -> KnowledgeStores.remote(server.datasetUrl(), "mallory", PASSWORD.toCharArray()));
        assertTrue(unknownUser.getMessage().startsWith("authentication failed"), unknownUser.getMessage());
    }

    @Test
    void anUnreachableServerIsReportedByUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/kb");
        StoreException e = assertThrows(StoreException.class,
                () -> KnowledgeStores.remote(nowhere, USER, PASSWORD.toCharArray()));
        assertEquals("cannot reach the knowledge-base server at " + nowhere + ": connection refused", e.getMessage());
    }

    @Test
    void aMissingDatasetIsReportedByUrl() {
        URI wrongPath = server.datasetUrl().resolve("/other");
        StoreException e = assertThrows(StoreException.class,
                () -> KnowledgeStores.remote(wrongPath, USER, PASSWORD.toCharArray()));
        assertTrue(e.getMessage().contains(wrongPath.toString()), e.getMessage());
    }

    @Test
    void credentialsInTheUrlAreNeverShown() {
        URI withSecret = URI.create("http://someone:secret@127.0.0.1:" + server.port() + "/kb");
        try (KnowledgeStore remote = KnowledgeStores.remote(withSecret, USER, PASSWORD.toCharArray())) {
            assertEquals(server.datasetUrl().toString(), remote.describe());
        }
    }

    @Test
    void removingStatementsWithBlankNodesIsRefusedRemotely() {
        Statement withBlank = Statement.of(Term.blank("b1"), LABEL, Term.literal("x"));
        assertThrows(IllegalArgumentException.class, () -> store.writeAll(w -> w.remove(G1, List.of(withBlank))));
    }

    @Test
    void aCommittedTransactionIsOneRequestSeenWhole() {
        // another client sees nothing of a write until it commits, and then all of it
        try (KnowledgeStore other = KnowledgeStores.remote(server.datasetUrl(), USER, PASSWORD.toCharArray())) {
            store.writeAll(w -> {
                w.add(G1, List.of(A_NAMED));
                w.add(G2, List.of(B_NAMED));
                assertEquals(java.util.Set.of(), other.read(StoreReader::graphNames));
            });
            assertEquals(java.util.Set.of(G1, G2), other.read(StoreReader::graphNames));
        }
    }
}
