package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.threatwright.ui.help.UserGuide;
import org.threatwright.ui.help.UserGuideText;

class UserGuideTest {

	@Test
	void theGuideIsShippedInTheApplicationWithItsSections() throws Exception {
		Path guide = UserGuide.file();
		assertTrue(Files.isRegularFile(guide.resolveSibling("logo.png")), "the guide's image is extracted beside it");
		String text = UserGuideText.of(Files.readString(guide, StandardCharsets.UTF_8));
		for (String heading : new String[] { "Getting started", "Perspectives", "Threat Register", "Triage", "Attack Paths",
				"History: baselines, changes, decisions", "Preferences", "Keys" }) {
			assertTrue(text.contains("\n" + heading + "\n" + "=".repeat(heading.length()) + "\n"), heading + " in\n" + text);
		}
	}

	@Test
	void htmlBecomesReadableText() {
		String html = """
				<html><head><title>x</title></head><body>
				<h2 id="a">Keys &amp; menus</h2>
				<p>Open with
				File &gt; Open.</p>
				<ul><li>one</li><li>two &minus; three</li></ul>
				<table><tr><th>Key</th><th>Command</th></tr><tr><td>F1</td><td>Guide</td></tr></table>
				</body></html>""";

		assertEquals("Keys & menus\n============\n\nOpen with File > Open.\n\n  \u2022 one\n  \u2022 two \u2212 three\n\n"
				+ "  Key | Command\n  F1 | Guide\n", UserGuideText.of(html));
	}
}
