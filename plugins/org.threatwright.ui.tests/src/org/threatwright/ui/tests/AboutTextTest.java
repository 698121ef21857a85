package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.threatwright.ui.handlers.AboutText;

class AboutTextTest {

	@Test
	void aboutTextNamesApplicationAndJavaVersions() {
		String text = AboutText.of("0.1.0.202601011200");

		assertTrue(text.startsWith("Threatwright 0.1.0.202601011200\n"), text);
		assertTrue(text.contains("Java " + Runtime.version()), text);
		assertEquals(1, text.lines().filter(line -> line.startsWith("Java home: ")).count(), text);
	}
}
