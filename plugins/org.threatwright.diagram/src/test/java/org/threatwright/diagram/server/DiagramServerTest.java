package org.threatwright.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threatwright.diagram.DiagramFixture;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;

/** The websocket is on loopback and only for the page this server gave out: token and origin are checked. */
class DiagramServerTest {

	private final DiagramFixture f = new DiagramFixture();
	private DiagramServer server;

	@BeforeEach
	void start() throws Exception {
		server = new DiagramServer(f.session, null);
		server.start();
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
	}

	@Test
	void listensOnLoopbackOnARandomPortWithAFreshTokenPerServer() throws Exception {
		assertTrue(server.port() > 0);
		assertTrue(server.websocketUrl().startsWith("ws://127.0.0.1:" + server.port() + "/glsp?token="));
		try (DiagramServer other = new DiagramServer(f.session, null)) {
			other.start();
			assertFalse(other.token().equals(server.token()));
			assertFalse(other.port() == server.port());
		}
		assertTrue(server.token().length() >= 32);
	}

	@Test
	void theRightTokenFromTheServersOwnOriginConnects() throws Exception {
		try (Session session = connect(server.websocketUrl(), server.origin())) {
			assertTrue(session.isOpen());
		}
	}

	@Test
	void aClientWithoutOriginButWithTheTokenConnects() throws Exception {
		try (Session session = connect(server.websocketUrl(), null)) {
			assertTrue(session.isOpen());
		}
	}

	@Test
	void aMissingOrWrongTokenIsRefused() {
		String base = "ws://127.0.0.1:" + server.port() + DiagramServer.ENDPOINT;
		assertThrows(Exception.class, () -> connect(base, server.origin()).close());
		assertThrows(Exception.class, () -> connect(base + "?token=" + server.token() + "x", server.origin()).close());
		assertThrows(Exception.class, () -> connect(base + "?token=", server.origin()).close());
	}

	@Test
	void anotherOriginIsRefusedEvenWithTheToken() {
		assertThrows(Exception.class, () -> connect(server.websocketUrl(), "http://evil.example").close());
		assertThrows(Exception.class, () -> connect(server.websocketUrl(), "http://localhost:" + server.port()).close());
	}

	@Test
	void handshakeDecisionsAreExact() {
		assertTrue(server.acceptsHandshake(server.token(), null));
		assertTrue(server.acceptsHandshake(server.token(), server.origin()));
		assertFalse(server.acceptsHandshake(null, server.origin()));
		assertFalse(server.acceptsHandshake(server.token(), "null"));
		assertEquals("http://127.0.0.1:" + server.port(), server.origin());
	}

	private static Session connect(String url, String origin) throws Exception {
		WebSocketContainer container = ContainerProvider.getWebSocketContainer();
		ClientEndpointConfig config = ClientEndpointConfig.Builder.create().configurator(new ClientEndpointConfig.Configurator() {
			@Override
			public void beforeRequest(Map<String, List<String>> headers) {
				if (origin != null) {
					headers.put("Origin", List.of(origin));
				}
			}
		}).build();
		return container.connectToServer(new Endpoint() {
			@Override
			public void onOpen(Session session, EndpointConfig endpointConfig) {
			}
		}, config, URI.create(url));
	}
}
