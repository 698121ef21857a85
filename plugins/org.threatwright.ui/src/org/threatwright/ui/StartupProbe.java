package org.threatwright.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.swt.widgets.Display;

/**
 * Measures the start-up time when {@code -Dthreatwright.startupProbe} is set: from the JVM's start to the first
 * moment the open workbench window's UI thread is idle (the window drawn and answering input). The figure goes to
 * standard error, and is appended to the file the property names unless it is {@code true}.
 */
final class StartupProbe {

	static final String PROPERTY = "threatwright.startupProbe";

	private StartupProbe() {
	}

	/** Called when the window has opened; measures once the UI thread is idle. */
	static void windowOpened(Display display) {
		String target = System.getProperty(PROPERTY);
		if (target == null) {
			return;
		}
		display.asyncExec(() -> {
			long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
			String line = "threatwright startup: window usable " + millis + " ms after the JVM started (CPU time of all"
					+ " threads so far " + cpuMillis + " ms)";
			System.err.println(line);
			if (!target.isBlank() && !target.equals("true")) {
				try {
					Files.writeString(Path.of(target), line + System.lineSeparator(), StandardCharsets.UTF_8,
							StandardOpenOption.CREATE, StandardOpenOption.APPEND);
				} catch (IOException e) {
					System.err.println("threatwright startup: cannot write " + target + ": " + e.getMessage());
				}
			}
		});
	}
}
