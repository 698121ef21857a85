package org.threatwright.diagram.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.threatwright.diagram.DiagramSession;
import org.threatwright.diagram.export.DiagramPicture;
import org.threatwright.diagram.export.PngExport;
import org.threatwright.diagram.export.SvgExport;
import org.threatwright.diagram.gmodel.SystemGModelBuilder;
import org.threatwright.diagram.layout.ElkDiagramLayout;
import org.threatwright.diagram.notation.DiagramNotation;
import org.threatwright.diagram.server.DiagramServer;
import org.threatwright.diagram.server.StandaloneDiagramServer;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.model.synthetic.SyntheticModels;

/**
 * Prints the diagram figures for docs/performance.md: ELK layout and GModel derivation of a synthetic model, and
 * the time until headless Chromium shows it (page navigation to the client's "ready", which is after the model
 * is rendered). Usage: DiagramBench ELEMENTS WEB_DIR OUT_DIR [MODEL.tw for the screenshot/export pictures].
 */
public final class DiagramBench {

	public static void main(String[] args) throws Exception {
		int elements = Integer.parseInt(args[0]);
		Path web = Path.of(args[1]);
		Path out = Path.of(args[2]);
		Files.createDirectories(out);
		SystemModel model = SyntheticModels.generate(elements, 2, 42);
		for (int run = 1; run <= 3; run++) {
			DiagramNotation notation = new DiagramNotation();
			long t0 = System.nanoTime();
			new ElkDiagramLayout(model, notation).layout().forEach(notation::putBounds);
			long t1 = System.nanoTime();
			var graph = new SystemGModelBuilder(model, notation, null).build();
			long t2 = System.nanoTime();
			System.out.printf("run %d: %d elements, %d flows: ELK layout %d ms, GModel %d ms%n", run, model.getElements().size(),
					model.getFlows().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
			if (run == 3) {
				Files.writeString(out.resolve("synthetic-" + elements + ".svg"), SvgExport.toSvg(new DiagramPicture(graph)));
			}
		}
		Path file = out.resolve("synthetic-" + elements + ".tw");
		ModelFiles.save(model, file);
		try (DiagramSession session = StandaloneDiagramServer.open(file);
				DiagramServer server = new DiagramServer(session, web.toUri())) {
			server.start();
			for (int run = 1; run <= 3; run++) {
				try (Chromium browser = Chromium.launch(1400, 900)) {
					long t0 = System.nanoTime();
					browser.navigate(server.pageUrl());
					boolean ready = browser.waitFor("window.tw", Duration.ofSeconds(120));
					long t1 = System.nanoTime();
					System.out.printf("chromium run %d: ready=%s, page open to diagram shown %d ms (client-side load %s ms), %s%n", run,
							ready, (t1 - t0) / 1_000_000, browser.eval("window.tw.loadMillis"), browser.eval("window.tw.stats()"));
					if (run == 3) {
						long z0 = System.nanoTime();
						for (int i = 0; i < 10; i++) {
							browser.call("Input.dispatchMouseEvent", java.util.Map.of("type", "mouseWheel", "x", 600, "y", 400,
									"deltaX", 0, "deltaY", i % 2 == 0 ? -240 : 240));
							browser.eval("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
						}
						System.out.printf("10 wheel zoom steps, each to the second frame: %d ms%n", (System.nanoTime() - z0) / 1_000_000);
						browser.screenshot(out.resolve("diagram-synthetic-" + elements + ".png"));
					}
				}
			}
		}
		if (args.length > 3) {
			try (DiagramSession session = StandaloneDiagramServer.open(Path.of(args[3]));
					DiagramServer server = new DiagramServer(session, web.toUri());
					Chromium browser = Chromium.launch(1400, 900)) {
				server.start();
				browser.navigate(server.pageUrl());
				browser.waitFor("window.tw", Duration.ofSeconds(60));
				Thread.sleep(500);
				browser.screenshot(out.resolve("diagram-example.png"));
				session.ensurePlaced();
				DiagramPicture picture = new DiagramPicture(new SystemGModelBuilder(session.model(), session.notation(), null).build());
				Files.writeString(out.resolve("diagram-example-export.svg"), SvgExport.toSvg(picture));
				Files.write(out.resolve("diagram-example-export.png"), PngExport.toPng(picture, 1));
			}
		}
	}
}
