package org.threatwright.kb.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.query.ARQ;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.security.Password;
import org.threatwright.kb.store.StoreException;
import org.threatwright.kb.store.internal.LocalStore;
import org.threatwright.kb.store.internal.Tdb2Folders;

/**
 * A Fuseki server sharing one knowledge base with a team: the dataset {@value #DATASET} with SPARQL query, update
 * and graph store protocol endpoints, over a TDB2 folder (or memory). Every request must carry HTTP basic
 * credentials of the one configured user. It listens on loopback unless another address is asked for.
 *
 * <p>Basic authentication sends the password readable by anyone on the network path: to serve beyond this machine,
 * put a TLS-terminating proxy in front and bind this server to loopback behind it.
 */
public final class KnowledgeServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/kb";
    /** The address a server binds to unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The user name unless told otherwise. */
    public static final String DEFAULT_USER = "threatwright";

    private static final String REALM = "Threatwright knowledge base";

    private final FusekiServer fuseki;
    private final LocalStore store;
    private final String bindAddress;
    private final String user;

    private KnowledgeServer(FusekiServer fuseki, LocalStore store, String bindAddress, String user) {
        this.fuseki = fuseki;
        this.store = store;
        this.bindAddress = bindAddress;
        this.user = user;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The dataset's URL, e.g. {@code http://127.0.0.1:3030/kb}, without credentials. */
    public URI datasetUrl() {
        String host = bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
        return URI.create("http://" + host + ":" + port() + DATASET);
    }

    /** The port actually listened on (the chosen one when asked for port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public String bindAddress() {
        return bindAddress;
    }

    public String user() {
        return user;
    }

    /** Where the data lives: a folder or "in memory". */
    public String storeDescription() {
        return store.describe();
    }

    /** Blocks until the server stops or the thread is interrupted. */
    public void join() throws InterruptedException {
        fuseki.getJettyServer().join();
    }

    /** Stops serving and closes the store (releasing the TDB2 folder). */
    @Override
    public void close() {
        try {
            fuseki.stop();
        } finally {
            store.close();
        }
    }

    /** Settings for a {@link KnowledgeServer}; {@link #password} is required. */
    public static final class Builder {

        private Path folder;
        private int port;
        private String bindAddress = LOOPBACK;
        private String user = DEFAULT_USER;
        private char[] password;

        private Builder() {
        }

        /** Serves the TDB2 database in this folder (created when absent); without it, an in-memory dataset. */
        public Builder tdb2(Path tdb2Folder) {
            this.folder = tdb2Folder;
            return this;
        }

        /** The port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to listen on; {@value KnowledgeServer#LOOPBACK} unless set. */
        public Builder bindAddress(String address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        public Builder user(String user) {
            if (user == null || user.isBlank() || user.contains(":")) {
                throw new IllegalArgumentException("a user name must be non-empty and without ':'");
            }
            this.user = user;
            return this;
        }

        /** The user's password (copied). */
        public Builder password(char[] password) {
            if (password == null || password.length == 0) {
                throw new IllegalArgumentException("the server needs a non-empty password");
            }
            this.password = password.clone();
            return this;
        }

        /** Opens the store and starts serving it. */
        public KnowledgeServer start() {
            if (password == null) {
                throw new IllegalStateException("no password: a knowledge-base server always requires authentication");
            }
            LocalStore store = folder == null
                    ? new LocalStore(DatasetGraphFactory.createTxnMem(), "in memory", () -> { })
                    : Tdb2Folders.open(folder);
            try {
                // no SERVICE clauses: a query must not make the server fetch URLs of its author's choosing
                store.datasetGraph().getContext().set(ARQ.httpServiceAllowed, false);
                FusekiServer fuseki = FusekiServer.create()
                        .port(port)
                        .add(DATASET, store.datasetGraph(), true)
                        .securityHandler(securityHandler())
                        .serverAuthPolicy(Auth.policyAllowSpecific(user))
                        .enablePing(false).enableStats(false).enableMetrics(false).enableTasks(false).enableCompact(false)
                        .build();
                listenOn(fuseki);
                fuseki.start();
                return new KnowledgeServer(fuseki, store, bindAddress, user);
            } catch (RuntimeException e) {
                store.close();
                if (e instanceof StoreException) {
                    throw e;
                }
                throw new StoreException("cannot serve " + store.describe() + " on " + bindAddress + ":" + port + ": "
                        + e.getMessage(), e);
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private ConstraintSecurityHandler securityHandler() {
            UserStore users = new UserStore();
            // Password, not Credential.getCredential: a password that happens to start "MD5:" stays a password
            users.addUser(user, new Password(new String(password)), new String[] { "kb" });
            ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
            JettySecurityLib.addPathConstraint(security, "/*"); // every path, not only the dataset's
            return security;
        }

        /** Fuseki's builder offers all interfaces or "localhost"; the address is set on its connector instead. */
        private void listenOn(FusekiServer fuseki) {
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector server) {
                    server.setHost(bindAddress);
                }
            }
        }
    }
}
