package org.threatwright.diagram.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.notation.NotationFiles;
import org.threatwright.diagram.server.DiagramServer;
import org.threatwright.diagram.server.StandaloneDiagramServer;
import org.threatwright.model.CloudService;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Device;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;
import org.threatwright.model.io.ModelFiles;

/**
 * The diagram editor end to end, as a user drives it: the GLSP client in headless Chromium (real mouse events
 * through the DevTools protocol) against the in-process diagram server on a model file. Creates two nodes, a
 * trust boundary around one of them and a data flow (the first by a palette click, the rest through the client's
 * action dispatcher), moves a node, undoes with Ctrl+Z, saves with Ctrl+S, and
 * checks the EMF model and the files after every step. Needs Debian's chromium and the built client
 * (web/dist: {@code mvn -Pweb}); skipped without them. Screenshots go to target/e2e/.
 */
class DiagramEditorEndToEndTest {

	private static final Path WEB = Path.of(System.getProperty("threatwright.diagram.web", "web/dist"));

	@TempDir
	Path dir;
	private Chromium browser;

	@Test
	void createTwoNodesABoundaryAroundOneAndAFlowThenMoveUndoAndSave() throws Exception {
		assumeTrue(Chromium.available(), "chromium is not installed");
		assumeTrue(Files.isRegularFile(WEB.resolve("bundle.js")), "the web client is not built (mvn -Pweb)");
		Path modelFile = dir.resolve("e2e.tw");
		SystemModel empty = TwFactory.eINSTANCE.createSystemModel();
		empty.setName("End to end");
		ModelFiles.save(empty, modelFile);
		Path shots = Path.of("target", "e2e");

		try (DiagramSession session = StandaloneDiagramServer.open(modelFile);
				DiagramServer server = new DiagramServer(session, WEB.toUri());
				Chromium browser = Chromium.launch(1200, 800)) {
			server.start();
			this.browser = browser;
			SystemModel model = session.model();
			browser.navigate(server.pageUrl());
			assertTrue(browser.waitFor("window.tw", Duration.ofSeconds(60)), "client ready; console: " + browser.console());
			assertEquals(10, browser.eval("JSON.parse(window.tw.stats()).palette").asInt(), "palette: 8 kinds, boundary, flow");

			tool(browser, "Device");
			browser.click(120, 200);
			await(() -> model.getElements().size() == 1, "device created");
			// the second creation through the client's dispatcher: after one creation, the GLSP 2.3 creation tools
			// misplace or drop the next palette creation under headless automation (docs/diagram.md)
			browser.eval("window.tw.create('node:CloudService', 600, 200)");
			await(() -> model.getElements().size() == 2, "cloud service created");
			Device device = (Device) model.getElements().get(0);
			CloudService cloud = (CloudService) model.getElements().get(1);

			// the boundary through the client's own action dispatcher: a palette click on "Trust boundary" is not
			// turned into a CreateNodeOperation by the GLSP client in headless Chromium (see docs/diagram.md)
			browser.eval("window.tw.create('node:TrustBoundary', 60, 120)");
			await(() -> model.getBoundaries().size() == 1, "boundary created");
			TrustBoundary boundary = model.getBoundaries().get(0);
			assertEquals(java.util.List.of(device), boundary.getMembers(), "the boundary drawn around the device holds it");
			assertTrue(browser.waitFor("JSON.parse(window.tw.stats()).boundaries === 1", Duration.ofSeconds(10)));
			browser.screenshot(shots.resolve("diagram-e2e-1-nodes-boundary.png"));

			browser.eval("window.tw.connect('" + device.getId() + "', '" + cloud.getId() + "')");
			await(() -> model.getFlows().size() == 1, "flow created");
			DataFlow flow = model.getFlows().get(0);
			assertSame(device, flow.getSource());
			assertSame(cloud, flow.getTarget());
			assertTrue(browser.waitFor("JSON.parse(window.tw.stats()).flows === 1", Duration.ofSeconds(10)));
			browser.screenshot(shots.resolve("diagram-e2e-2-flow.png"));

			// drag the cloud service down by 150 px: a ChangeBoundsOperation reaches the server
			browser.call("Input.dispatchKeyEvent", java.util.Map.of("type", "keyDown", "key", "Escape"));
			double before = session.read(() -> session.notation().bounds(cloud.getId()).orElseThrow().y());
			double[] c = center(browser, cloud.getId());
			browser.drag(c[0], c[1], c[0], c[1] + 150);
			await(() -> session.notation().bounds(cloud.getId()).orElseThrow().y() > before + 50, "cloud moved");
			browser.screenshot(shots.resolve("diagram-e2e-3-moved.png"));

			// Ctrl+Z in the diagram undoes the move on the shared command stack
			key(browser, "z", 2);
			await(() -> Math.abs(session.notation().bounds(cloud.getId()).orElseThrow().y() - before) < 1, "move undone");
			assertEquals(1, model.getFlows().size());

			// Ctrl+S saves model and notation through the host's saver
			key(browser, "s", 2);
			await(() -> Files.exists(NotationFiles.notationFileOf(modelFile)), "notation saved");
			SystemModel saved = ModelFiles.load(modelFile);
			assertEquals(2, saved.getElements().size());
			assertEquals(1, saved.getBoundaries().get(0).getMembers().size());
			assertEquals(device.getId(), saved.getFlows().get(0).getSource().getId());
			assertTrue(NotationFiles.load(NotationFiles.notationFileOf(modelFile)).hasBounds(boundary.getId()));
		}
	}

	/** Clicks the palette entry labelled {@code label}. */
	private static void tool(Chromium browser, String label) throws Exception {
		var box = browser.eval("(() => { const b = [...document.querySelectorAll('.tool-palette .tool-button')]"
				+ ".find(e => e.textContent.trim() === " + quote(label) + "); const r = b.getBoundingClientRect();"
				+ " return [r.x + r.width / 2, r.y + r.height / 2]; })()");
		browser.click(box.get(0).asDouble(), box.get(1).asDouble());
		Thread.sleep(200);
	}

	/** Screen centre of the drawn node with model id {@code id}. */
	private static double[] center(Chromium browser, String id) throws Exception {
		var box = browser.eval("(() => { const r = document.querySelector('[data-id=\"" + id + "\"]').getBoundingClientRect();"
				+ " return [r.x + r.width / 2, r.y + r.height / 2]; })()");
		return new double[] { box.get(0).asDouble(), box.get(1).asDouble() };
	}

	private static void key(Chromium browser, String key, int modifiers) throws Exception {
		for (String type : new String[] { "keyDown", "keyUp" }) {
			browser.call("Input.dispatchKeyEvent", java.util.Map.of("type", type, "key", key, "code",
					"Key" + key.toUpperCase(), "modifiers", modifiers, "windowsVirtualKeyCode", (int) key.toUpperCase().charAt(0)));
		}
	}

	private static String quote(String text) {
		return "'" + text.replace("'", "\\'") + "'";
	}

	private void await(Callable<Boolean> condition, String what) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.call()) {
				return;
			}
			Thread.sleep(50);
		}
		browser.screenshot(Path.of("target", "e2e", "failure.png"));
		throw new AssertionError("timed out waiting until " + what + "; browser console: " + browser.console());
	}
}
