package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.threatwright.ui.handlers.AboutHandler;
import org.threatwright.ui.handlers.AboutText;

class AboutTextTest {

	@Test
	void aboutTextNamesApplicationAndJavaVersions() {
		String text = AboutText.of("0.1.0.202601011200");

		assertTrue(text.startsWith("Threatwright 0.1.0.202601011200\n"), text);
		assertTrue(text.contains("Java " + Runtime.version()), text);
		assertEquals(1, text.lines().filter(line -> line.startsWith("Java home: ")).count(), text);
	}

	@Test
	void aboutTextListsTheComponentVersionsAndTheKnowledgeBase() {
		Map<String, String> versions = new LinkedHashMap<>();
		versions.put("Model", "0.1.0.1");
		versions.put("Apache Jena", "5.6.0");

		String text = AboutText.of("0.1.0.1", versions, "/models/hub.kb");

		assertEquals("""
				Threatwright 0.1.0.1
				Threat modelling and risk analysis for IoT products.

				Model:       0.1.0.1
				Apache Jena: 5.6.0

				Knowledge base: /models/hub.kb
				""", text.substring(0, text.indexOf("\nJava ")));
	}

	@Test
	void theRunningApplicationReportsTheVersionsOfItsBundles() {
		Map<String, String> versions = AboutHandler.componentVersions();

		assertEquals(List.of("Model", "Analysis", "Risk", "Knowledge base", "Apache Jena", "EMF", "SWT", "Eclipse platform"),
				List.copyOf(versions.keySet()));
		assertEquals(version("org.threatwright.model"), versions.get("Model"));
		assertEquals(version("org.threatwright.kb"), versions.get("Knowledge base"));
		assertEquals("5.6.0 (embedded in org.threatwright.jena " + version("org.threatwright.jena") + ")", versions.get("Apache Jena"));
		assertEquals("ecore " + version("org.eclipse.emf.ecore") + ", common " + version("org.eclipse.emf.common"), versions.get("EMF"));
		assertTrue(versions.get("SWT").startsWith(version("org.eclipse.swt") + " (gtk, "), versions.get("SWT"));
		assertTrue(AboutHandler.text().contains("\nKnowledge base: beside the model (X.kb beside X.tw)\n"), AboutHandler.text());
	}

	private static String version(String bundle) {
		return Platform.getBundle(bundle).getVersion().toString();
	}
}
