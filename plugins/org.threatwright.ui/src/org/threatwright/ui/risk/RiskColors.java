package org.threatwright.ui.risk;

import org.eclipse.swt.graphics.Color;
import org.threatwright.risk.method.RiskLevel;

/** Backgrounds per risk level, green to red, light enough for black text. */
public final class RiskColors {

	private static final Color VERY_LOW = new Color(200, 230, 201);
	private static final Color LOW = new Color(230, 238, 156);
	private static final Color MEDIUM = new Color(255, 224, 130);
	private static final Color HIGH = new Color(255, 183, 77);
	private static final Color VERY_HIGH = new Color(239, 130, 120);

	private RiskColors() {
	}

	public static Color of(RiskLevel level) {
		return switch (level) {
			case VERY_LOW -> VERY_LOW;
			case LOW -> LOW;
			case MEDIUM -> MEDIUM;
			case HIGH -> HIGH;
			case VERY_HIGH -> VERY_HIGH;
		};
	}
}
