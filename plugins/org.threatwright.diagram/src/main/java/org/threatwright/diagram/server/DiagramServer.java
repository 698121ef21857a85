package org.threatwright.diagram.server;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.threatwright.diagram.DiagramSession;

import com.google.inject.Guice;
import com.google.inject.Injector;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Hosts the system diagram of one {@link DiagramSession}: the Java GLSP server on a websocket and the web
 * client's files, on 127.0.0.1 with a random free port. The websocket handshake must carry the per-session
 * token ({@code ?token=}) and, when a browser sends an Origin, come from this server's own origin: a page of
 * another origin cannot drive the editor even if it guesses the port. Failures are exceptions to the host,
 * never {@code System.exit}. Start with {@link #start()}, stop with {@link #close()}.
 */
public final class DiagramServer implements AutoCloseable {

	/** Path of the GLSP websocket endpoint. */
	public static final String ENDPOINT = "/glsp";

	private final DiagramSession session;
	private final URI webRoot;
	private final String token;
	private Server server;
	private int port;

	/**
	 * @param session the model to show and edit
	 * @param webRoot the directory (file: or jar: URI) with the built web client ({@code index.html}, {@code bundle.js});
	 *                null serves the websocket only
	 */
	public DiagramServer(DiagramSession session, URI webRoot) {
		this.session = Objects.requireNonNull(session, "session");
		this.webRoot = webRoot;
		byte[] secret = new byte[24];
		new SecureRandom().nextBytes(secret);
		this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	/** Starts the server and returns the port; the GLSP jars' loader is the thread context loader while it runs. */
	public synchronized int start() throws Exception {
		if (server != null) {
			return port;
		}
		ClassLoader glspLoader = GLSPServerEndpoint.class.getClassLoader();
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(glspLoader);
		try {
			Server jetty = new Server();
			ServerConnector connector = new ServerConnector(jetty);
			connector.setHost("127.0.0.1");
			connector.setPort(0);
			jetty.addConnector(connector);

			ServletContextHandler context = new ServletContextHandler();
			context.setContextPath("/");
			context.setClassLoader(glspLoader);
			if (webRoot != null) {
				context.setBaseResource(ResourceFactory.of(context).newResource(webRoot));
				ServletHolder files = new ServletHolder("web", DefaultServlet.class);
				files.setInitParameter("dirAllowed", "false");
				context.addServlet(files, "/");
			}
			ServerModule serverModule = new ServerModule().configureDiagramModule(new SystemDiagramModule(session));
			JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
				ServerEndpointConfig config = ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, ENDPOINT)
						.configurator(new OriginCheckingConfigurator(() -> Guice.createInjector(serverModule)))
						.build();
				container.setDefaultMaxTextMessageBufferSize(GLSPServerEndpoint.MAX_TEXT_MESSAGE_BUFFER_SIZE);
				container.addEndpoint(config);
			});
			jetty.setHandler(new HandshakeGuard(context));
			jetty.start();
			port = connector.getLocalPort();
			server = jetty;
			return port;
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	public int port() {
		return port;
	}

	/** The secret a client must present on the websocket handshake. */
	public String token() {
		return token;
	}

	/** This server's own origin, the only one a browser may connect from. */
	public String origin() {
		return "http://127.0.0.1:" + port;
	}

	/** The editor page with port and token, for the SWT Browser or Chromium. */
	public String pageUrl() {
		return origin() + "/index.html?token=" + token + "&diagram=" + org.threatwright.diagram.gmodel.DiagramTypes.SYSTEM_DIAGRAM;
	}

	/** The websocket address with the token (what the page connects to). */
	public String websocketUrl() {
		return "ws://127.0.0.1:" + port + ENDPOINT + "?token=" + token;
	}

	@Override
	public synchronized void close() throws Exception {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	boolean acceptsHandshake(String presentedToken, String origin) {
		boolean tokenOk = presentedToken != null && MessageDigest.isEqual(
				presentedToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
		return tokenOk && (origin == null || origin.equals(origin()));
	}

	/** Refuses websocket handshakes without the token or from another origin (403) before Jetty upgrades. */
	private final class HandshakeGuard extends Handler.Wrapper {

		HandshakeGuard(Handler handler) {
			super(handler);
		}

		@Override
		public boolean handle(Request request, Response response, Callback callback) throws Exception {
			if (Request.getPathInContext(request).startsWith(ENDPOINT)) {
				Fields query = Request.extractQueryParameters(request);
				String origin = request.getHeaders().get(HttpHeader.ORIGIN);
				if (!acceptsHandshake(query.getValue("token"), origin)) {
					Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "forbidden");
					return true;
				}
			}
			return super.handle(request, response, callback);
		}
	}

	/** The GLSP configurator (new injector per connection) that also refuses foreign origins itself. */
	private final class OriginCheckingConfigurator extends GLSPConfigurator {

		OriginCheckingConfigurator(java.util.function.Supplier<Injector> injector) {
			super(injector);
		}

		@Override
		public boolean checkOrigin(String originHeaderValue) {
			return originHeaderValue == null || originHeaderValue.equals(origin());
		}
	}
}
