package org.threatwright.diagram.e2e;

import java.nio.file.Path;
import java.time.Duration;

/** Dev tool: opens a diagram URL in headless Chromium, prints the console and stats, takes a screenshot. */
public final class DiagramProbe {

	public static void main(String[] args) throws Exception {
		try (Chromium chromium = Chromium.launch(1400, 900)) {
			chromium.navigate(args[0]);
			boolean ready = chromium.waitFor("window.tw", Duration.ofSeconds(30));
			System.out.println("ready=" + ready + (ready ? " " + chromium.eval("window.tw.stats()") : ""));
			Thread.sleep(1000);
			chromium.screenshot(Path.of(args[1]));
			chromium.console().forEach(line -> System.out.println("console: " + line));
		}
	}
}
