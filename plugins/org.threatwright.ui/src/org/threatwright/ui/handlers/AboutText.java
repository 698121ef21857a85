package org.threatwright.ui.handlers;

import java.util.Map;

/** The text of Help > About Threatwright; the versions and the Java details are what a bug report needs. */
public final class AboutText {

	private AboutText() {
	}

	public static String of(String applicationVersion) {
		return of(applicationVersion, Map.of(), null);
	}

	/**
	 * @param components the versions that matter, label to version, in the order shown
	 * @param knowledgeBase where the knowledge base in use is; null when unknown
	 */
	public static String of(String applicationVersion, Map<String, String> components, String knowledgeBase) {
		StringBuilder text = new StringBuilder("Threatwright " + applicationVersion + "\n"
				+ "Threat modelling and risk analysis for IoT products.\n");
		if (!components.isEmpty()) {
			text.append('\n');
			int width = components.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
			components.forEach((label, version) -> text.append(String.format("%-" + width + "s %s%n", label + ":", version)));
		}
		if (knowledgeBase != null) {
			text.append("\nKnowledge base: ").append(knowledgeBase).append('\n');
		}
		text.append("\nJava " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
				+ System.getProperty("java.vm.name") + ")\n"
				+ "Java home: " + System.getProperty("java.home") + "\n"
				+ "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
				+ System.getProperty("os.arch") + ")");
		return text.toString();
	}
}
