package org.threatwright.report.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes of diagram text without a font renderer: an average glyph width for a sans-serif face, generous enough that
 * labels fit their boxes in browsers and in the PDF renderer. Long names wrap at word boundaries.
 */
final class TextMetrics {

	static final double FONT_SIZE = 12;
	static final double SMALL_FONT_SIZE = 10;
	static final double LINE_HEIGHT = 15;
	static final double SMALL_LINE_HEIGHT = 12;
	/** Characters per line before a name wraps. */
	static final int WRAP = 26;

	private TextMetrics() {
	}

	static double width(String text, double fontSize) {
		return text.length() * fontSize * 0.6;
	}

	/** {@code text} in lines of at most {@link #WRAP} characters (a longer word keeps its own line), at most 3. */
	static List<String> wrap(String text) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			if (!line.isEmpty() && line.length() + 1 + word.length() > WRAP) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.isEmpty() ? "" : " ").append(word);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		if (lines.size() > 3) {
			List<String> kept = new ArrayList<>(lines.subList(0, 3));
			kept.set(2, kept.get(2) + "…");
			return kept;
		}
		return lines.isEmpty() ? List.of("") : lines;
	}
}
