package org.threatwright.kb.store.internal;

import java.net.URI;
import java.time.Duration;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionFuseki;
import org.apache.jena.update.UpdateRequest;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.Sparql;

/**
 * A store on a Fuseki server, reached through Jena's {@code RDFConnection} with HTTP basic authentication.
 *
 * <p>Guarantees: a write transaction is sent at commit as one SPARQL update request, which Fuseki executes in one
 * transaction of a transactional dataset (TDB2, or the in-memory one {@code threatwright serve} uses), so either
 * all of it is applied or none. If the connection fails after the request was sent, the client cannot know
 * whether the server committed; the store then reports a failure although the change may be there. Reads are
 * separate requests, each answered from committed data; a read transaction is not one snapshot. Nothing stops two
 * clients from interleaving read-modify-write sequences: there is no isolation between clients beyond a request.
 */
public final class RemoteStore implements KnowledgeStore {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String url;
    private final BasicAuthHttpClient httpClient;
    private final RDFConnection connection;
    private final RemoteErrors errors;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
    private volatile boolean closed;

    private RemoteStore(String url, String user, char[] password) {
        this.url = url;
        this.errors = new RemoteErrors(url);
        this.httpClient = new BasicAuthHttpClient(user, password, CONNECT_TIMEOUT);
        this.connection = RDFConnectionFuseki.service(url).httpClient(httpClient).build();
    }

    /**
     * Connects and checks, with one small query, that the server answers and accepts the credentials, so that a
     * wrong URL or password shows at once and not at the first use.
     */
    public static RemoteStore open(URI datasetUrl, String user, char[] password) {
        RemoteStore store = new RemoteStore(withoutCredentials(datasetUrl), user, password);
        try {
            store.read(reader -> reader.ask(Sparql.of("ASK {}")));
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The URL as it may be shown: no user information, query or fragment. */
    static String withoutCredentials(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("a knowledge-base server URL starts with http:// or https://");
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("no host in the knowledge-base server URL");
        }
        try {
            return new URI(scheme, null, url.getHost(), url.getPort(), url.getPath(), null, null).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a usable knowledge-base server URL", e);
        }
    }

    @Override
    public <T> T read(ReadWork<T> work) {
        begin();
        RemoteReader reader = new RemoteReader(connection, errors);
        try {
            return work.run(reader);
        } finally {
            reader.end();
            inTransaction.set(false);
        }
    }

    @Override
    public <T> T write(WriteWork<T> work) {
        begin();
        RemoteWriter writer = new RemoteWriter(connection, errors);
        try {
            T result = work.run(writer);
            writer.loadFailure().throwIfFailed();
            UpdateRequest request = writer.pendingRequest();
            if (request != null) {
                send(request);
            }
            return result;
        } finally {
            // on an exception the queued operations are simply dropped: nothing was sent
            writer.end();
            inTransaction.set(false);
        }
    }

    private void send(UpdateRequest request) {
        try {
            connection.update(request);
        } catch (RuntimeException e) {
            throw errors.translate(e);
        }
    }

    private void begin() {
        if (closed) {
            throw new IllegalStateException("the knowledge store " + url + " is closed");
        }
        if (inTransaction.get()) {
            throw new IllegalStateException("a transaction on " + url + " is already open in this thread: transactions do not nest");
        }
        inTransaction.set(true);
    }

    @Override
    public String describe() {
        return url;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            connection.close();
            httpClient.close();
        }
    }
}
