package org.threatwright.ui.help;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user guide's HTML as plain text, for where no browser can show it: headings on lines of their own (underlined),
 * list items with bullets, table rows on lines with cells separated by bars, entities decoded. Only the guide's own
 * simple markup is expected.
 */
public final class UserGuideText {

	/** Decoded in this order, {@code &amp;} last so that "&amp;gt;" stays "&gt;". */
	private static final Map<String, String> ENTITIES = new java.util.LinkedHashMap<>(Map.of("&gt;", ">", "&lt;", "<",
			"&minus;", "\u2212", "&rarr;", "\u2192", "&quot;", "\"", "&nbsp;", " "));
	private static final Pattern HEADING = Pattern.compile("<h[12][^>]*>(.*?)</h[12]>");
	/** Stands for a line break until the source's own white space is gone. */
	private static final String BREAK = "\u0000";

	private UserGuideText() {
	}

	public static String of(String html) {
		// the source's line breaks are layout, not text: the block elements make the lines
		String text = html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("(?s)<nav>.*?</nav>", "").replaceAll("\\s+", " ");
		Matcher headings = HEADING.matcher(text);
		StringBuilder withHeadings = new StringBuilder();
		while (headings.find()) {
			String title = decode(strip(headings.group(1))).strip();
			headings.appendReplacement(withHeadings,
					Matcher.quoteReplacement(BREAK + BREAK + title + BREAK + "=".repeat(title.length()) + BREAK));
		}
		headings.appendTail(withHeadings);
		text = withHeadings.toString().replace("<li>", BREAK + "  \u2022 ").replaceAll("</?(p|ul|table)( [^>]*)?>", BREAK)
				.replace("<tr>", BREAK + "  ").replaceAll("</t[dh]>\\s*<t[dh]>", " | ");
		text = decode(strip(text)).replace(BREAK, "\n");
		return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
	}

	private static String decode(String text) {
		for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
			text = text.replace(entity.getKey(), entity.getValue());
		}
		return text.replace("&amp;", "&");
	}

	private static String strip(String html) {
		return html.replaceAll("<[^>]+>", "");
	}
}
