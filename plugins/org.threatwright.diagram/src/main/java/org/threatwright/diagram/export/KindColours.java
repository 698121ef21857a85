package org.threatwright.diagram.export;

import java.util.Map;

/** Fill and stroke per node type, the same as the web client's views (web/src/views.tsx). */
final class KindColours {

	private static final Map<String, String[]> COLOURS = Map.of(
			"node:Device", new String[] { "#dcfce7", "#15803d" },
			"node:Gateway", new String[] { "#bbf7d0", "#166534" },
			"node:CloudService", new String[] { "#dbeafe", "#1d4ed8" },
			"node:MobileApp", new String[] { "#ede9fe", "#6d28d9" },
			"node:WebApp", new String[] { "#f3e8ff", "#7e22ce" },
			"node:Process", new String[] { "#e0f2fe", "#0369a1" },
			"node:DataStore", new String[] { "#fef3c7", "#b45309" },
			"node:ExternalEntity", new String[] { "#f1f5f9", "#475569" });

	private static final Map<String, String> SEVERITY = Map.of("critical", "#7f1d1d", "high", "#dc2626", "medium", "#f59e0b",
			"low", "#3b82f6", "info", "#64748b");

	private KindColours() {
	}

	static String[] of(String type) {
		return COLOURS.getOrDefault(type, new String[] { "#ffffff", "#334155" });
	}

	static String severity(String label) {
		return SEVERITY.getOrDefault(label, "#dc2626");
	}
}
