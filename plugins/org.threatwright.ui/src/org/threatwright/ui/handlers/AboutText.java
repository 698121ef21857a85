package org.threatwright.ui.handlers;

/** The text of Help > About Threatwright; the Java details are what a bug report needs. */
public final class AboutText {

	private AboutText() {
	}

	public static String of(String applicationVersion) {
		return "Threatwright " + applicationVersion + "\n"
				+ "Threat modelling and risk analysis for IoT products.\n\n"
				+ "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
				+ System.getProperty("java.vm.name") + ")\n"
				+ "Java home: " + System.getProperty("java.home") + "\n"
				+ "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
				+ System.getProperty("os.arch") + ")";
	}
}
