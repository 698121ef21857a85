package org.threatwright.diagram.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;

/**
 * Debian's Chromium, headless, driven through the DevTools protocol over a websocket (Jetty's jakarta client):
 * navigate, evaluate JavaScript, dispatch real mouse and key events, take screenshots. Enough to drive the
 * GLSP client as a user would, without a display.
 */
public final class Chromium implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

	private final Process process;
	private final Path profile;
	private final Session session;
	private final AtomicInteger ids = new AtomicInteger();
	private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
	private final List<String> console = new CopyOnWriteArrayList<>();

	private Chromium(Process process, Path profile, Session session) {
		this.process = process;
		this.profile = profile;
		this.session = session;
	}

	/** Whether a chromium binary is on this machine (the end-to-end test is skipped otherwise). */
	public static boolean available() {
		return Files.isExecutable(Path.of("/usr/bin/chromium"));
	}

	public static Chromium launch(int width, int height) throws Exception {
		Path profile = Files.createTempDirectory("tw-chromium");
		Process process = new ProcessBuilder("/usr/bin/chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
				"--no-first-run", "--remote-debugging-port=0", "--user-data-dir=" + profile,
				"--window-size=" + width + "," + height, "about:blank").redirectErrorStream(true).start();
		String browserWs = null;
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		for (String line; browserWs == null && System.nanoTime() < deadline && (line = out.readLine()) != null;) {
			Matcher m = DEVTOOLS.matcher(line);
			if (m.find()) {
				browserWs = m.group(1);
			}
		}
		if (browserWs == null) {
			process.destroyForcibly();
			throw new IOException("chromium did not report its DevTools address");
		}
		Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "chromium-output");
		drain.setDaemon(true);
		drain.start();
		URI browser = URI.create(browserWs);
		HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/list")).build(),
				HttpResponse.BodyHandlers.ofString());
		String pageWs = null;
		for (JsonNode target : JSON.readTree(list.body())) {
			if ("page".equals(target.path("type").asText())) {
				pageWs = target.path("webSocketDebuggerUrl").asText();
			}
		}
		WebSocketContainer container = ContainerProvider.getWebSocketContainer();
		container.setDefaultMaxTextMessageBufferSize(64 * 1024 * 1024);
		Chromium[] self = new Chromium[1];
		Endpoint endpoint = new Endpoint() {
			@Override
			public void onOpen(Session s, EndpointConfig config) {
				s.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> self[0].onMessage(text));
			}
		};
		Session session = container.connectToServer(endpoint, ClientEndpointConfig.Builder.create().build(), URI.create(pageWs));
		self[0] = new Chromium(process, profile, session);
		self[0].call("Runtime.enable", Map.of());
		self[0].call("Page.enable", Map.of());
		return self[0];
	}

	private void onMessage(String text) {
		try {
			JsonNode message = JSON.readTree(text);
			if (message.has("id")) {
				CompletableFuture<JsonNode> future = pending.remove(message.get("id").asInt());
				if (future != null) {
					future.complete(message);
				}
			} else if ("Runtime.consoleAPICalled".equals(message.path("method").asText())) {
				StringBuilder line = new StringBuilder();
				message.path("params").path("args").forEach(a -> line.append(a.path("value").asText(a.path("description").asText())).append(' '));
				console.add(line.toString().trim());
			} else if ("Runtime.exceptionThrown".equals(message.path("method").asText())) {
				console.add("EXCEPTION " + message.path("params").path("exceptionDetails").toString());
			}
		} catch (IOException e) {
			console.add("unreadable DevTools message: " + e.getMessage());
		}
	}

	/** Sends a DevTools command and waits for its result. */
	public JsonNode call(String method, Map<String, ?> params) throws Exception {
		int id = ids.incrementAndGet();
		ObjectNode message = JSON.createObjectNode();
		message.put("id", id);
		message.put("method", method);
		message.set("params", JSON.valueToTree(params));
		CompletableFuture<JsonNode> future = new CompletableFuture<>();
		pending.put(id, future);
		session.getBasicRemote().sendText(JSON.writeValueAsString(message));
		JsonNode reply = future.get(60, TimeUnit.SECONDS);
		if (reply.has("error")) {
			throw new IOException(method + ": " + reply.get("error"));
		}
		return reply.path("result");
	}

	public void navigate(String url) throws Exception {
		call("Page.navigate", Map.of("url", url));
	}

	/** Evaluates {@code expression} (promises awaited) and returns its value as JSON. */
	public JsonNode eval(String expression) throws Exception {
		JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
		if (result.has("exceptionDetails")) {
			throw new IOException("JavaScript failed: " + result.get("exceptionDetails"));
		}
		return result.path("result").path("value");
	}

	/** Polls {@code condition} (a JavaScript boolean expression) until true or the timeout. */
	public boolean waitFor(String condition, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (eval("!!(" + condition + ")").asBoolean()) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	public void mouse(String type, double x, double y) throws Exception {
		call("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left",
				"buttons", type.equals("mouseReleased") ? 0 : 1, "clickCount", 1));
	}

	public void click(double x, double y) throws Exception {
		call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
		mouse("mousePressed", x, y);
		mouse("mouseReleased", x, y);
	}

	/** A drag with intermediate moves, as a hand would do it. */
	public void drag(double x1, double y1, double x2, double y2) throws Exception {
		call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x1, "y", y1));
		mouse("mousePressed", x1, y1);
		for (int i = 1; i <= 10; i++) {
			call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x1 + (x2 - x1) * i / 10, "y",
					y1 + (y2 - y1) * i / 10, "button", "left", "buttons", 1));
			Thread.sleep(20);
		}
		mouse("mouseReleased", x2, y2);
	}

	public void screenshot(Path file) throws Exception {
		JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png"));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
	}

	public List<String> console() {
		return new ArrayList<>(console);
	}

	@Override
	public void close() throws Exception {
		try {
			session.close();
		} finally {
			process.destroy();
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
