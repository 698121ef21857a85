package org.threatwright.ui.register;

import org.eclipse.swt.graphics.Color;
import org.threatwright.analysis.api.Severity;

/** Pale backgrounds per severity, light enough for black text to stay readable. */
public final class SeverityColors {

	private static final Color CRITICAL = new Color(250, 190, 190);
	private static final Color HIGH = new Color(252, 215, 175);
	private static final Color MEDIUM = new Color(250, 238, 175);
	private static final Color LOW = new Color(205, 228, 250);
	private static final Color INFO = new Color(226, 226, 226);

	private SeverityColors() {
	}

	public static Color of(Severity severity) {
		return switch (severity) {
			case CRITICAL -> CRITICAL;
			case HIGH -> HIGH;
			case MEDIUM -> MEDIUM;
			case LOW -> LOW;
			case INFO -> INFO;
		};
	}
}
