package org.threatwright.kb.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StoreException;
import org.threatwright.kb.store.Term;

/** The server demands credentials on every path, answers with them, and listens on loopback only. */
class KnowledgeServerTest {

    private static final String USER = "reviewer";
    private static final String PASSWORD = "s3cret-for-the-test";
    private static final Statement FACT = Statement.of(Term.iri("urn:test:a"), "urn:test:p", Term.literal("v"));

    private final HttpClient http = HttpClient.newHttpClient();
    private KnowledgeServer server;

    @TempDir
    Path temp;

    @BeforeEach
    void start() {
        server = KnowledgeServer.builder().user(USER).password(PASSWORD.toCharArray()).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listensOnARandomLoopbackPort() {
        assertEquals(KnowledgeServer.LOOPBACK, server.bindAddress());
        assertTrue(server.port() > 0);
        assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/kb"), server.datasetUrl());
    }

    @Test
    void everyPathRefusesRequestsWithoutCredentials() throws Exception {
        for (String path : List.of("/kb?query=" + encode("ASK {}"), "/kb/sparql?query=" + encode("ASK {}"), "/kb/data",
                "/", "/$/ping", "/$/datasets", "/$/stats")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(url(path)).GET(), Optional.empty());
            assertEquals(401, response.statusCode(), path);
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), path);
        }
        HttpResponse<String> update = send(HttpRequest.newBuilder(url("/kb/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:test:a> <urn:test:p> 'v' }")), Optional.empty());
        assertEquals(401, update.statusCode());
        assertFalse(askAuthenticated("ASK { ?s ?p ?o }"), "the refused update changed nothing");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/kb?query=" + encode("ASK {}"))).GET(),
                Optional.of(USER + ":wrong"));
        assertEquals(401, response.statusCode());
        HttpResponse<String> otherUser = send(HttpRequest.newBuilder(url("/kb?query=" + encode("ASK {}"))).GET(),
                Optional.of("someone:" + PASSWORD));
        assertEquals(401, otherUser.statusCode());
    }

    @Test
    void answersQueryUpdateAndGraphStoreRequestsWithCredentials() throws Exception {
        HttpResponse<String> update = send(HttpRequest.newBuilder(url("/kb/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:p> 'v' } }")),
                Optional.of(USER + ":" + PASSWORD));
        assertEquals(2, update.statusCode() / 100, update.body());
        assertTrue(askAuthenticated("ASK { GRAPH <urn:test:g> { <urn:test:a> ?p 'v' } }"));
        HttpResponse<String> graph = send(HttpRequest.newBuilder(url("/kb/data?graph=" + encode("urn:test:g")))
                .header("Accept", "application/n-triples").GET(), Optional.of(USER + ":" + PASSWORD));
        assertEquals(200, graph.statusCode());
        assertEquals("<urn:test:a> <urn:test:p> \"v\" .", graph.body().strip());
    }

    @Test
    void refusesServiceClausesThatWouldMakeItFetchUrls() throws Exception {
        try (java.net.ServerSocket bait = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            bait.setSoTimeout(2_000);
            String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + bait.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            // a server that did call out would wait for the bait's answer: time out instead of hanging
            HttpResponse<String> response = send(HttpRequest.newBuilder(url("/kb?query=" + encode(query)))
                    .timeout(java.time.Duration.ofSeconds(20)).GET(),
                    Optional.of(USER + ":" + PASSWORD));
            assertEquals(400, response.statusCode() / 100 * 100, response.body());
            assertThrows(java.net.SocketTimeoutException.class, () -> bait.accept().close(), "the server never called out");
        }
    }

    @Test
    void isNotReachableOnOtherAddressesOfThisMachine() throws Exception {
        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                .filter(this::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class,
                    () -> socket.connect(new InetSocketAddress(external.get(), server.port()), 5_000));
        }
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5_000);
        }
    }

    @Test
    void servesATdb2FolderThatKeepsTheDataAfterwards() {
        Path folder = temp.resolve("team.kb");
        try (KnowledgeServer tdb2 = KnowledgeServer.builder().tdb2(folder).password(PASSWORD.toCharArray()).start()) {
            assertEquals(folder.toAbsolutePath().toString(), tdb2.storeDescription());
            try (KnowledgeStore remote = KnowledgeStores.remote(tdb2.datasetUrl(), KnowledgeServer.DEFAULT_USER,
                    PASSWORD.toCharArray())) {
                remote.writeAll(w -> w.add("urn:test:g", List.of(FACT)));
            }
            StoreException busy = assertThrows(StoreException.class, () -> KnowledgeStores.tdb2(folder));
            assertTrue(busy.getMessage().contains("already open"), busy.getMessage());
        }
        try (KnowledgeStore local = KnowledgeStores.tdb2(folder)) {
            assertEquals(List.of(FACT), local.read(r -> r.statements("urn:test:g")));
        }
    }

    @Test
    void refusesToStartWithoutAPassword() {
        assertThrows(IllegalStateException.class, () -> KnowledgeServer.builder().start());
        assertThrows(IllegalArgumentException.class, () -> KnowledgeServer.builder().password(new char[0]));
    }

    private boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (IOException e) {
            return false;
        }
    }

    private boolean askAuthenticated(String ask) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/kb?query=" + encode(ask)))
                .header("Accept", "application/sparql-results+json").GET(), Optional.of(USER + ":" + PASSWORD));
        assertEquals(200, response.statusCode(), response.body());
        return response.body().replace(" ", "").contains("\"boolean\":true");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Optional<String> credentials) throws Exception {
        credentials.ifPresent(userAndPassword -> request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8))));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
