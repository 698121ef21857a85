package org.threatwright.report.layout;

/** Text for XML and HTML: markup characters escaped, characters XML 1.0 forbids dropped. */
public final class Xml {

	private Xml() {
	}

	/** {@code text} safe as element content and as a quoted attribute value; null as empty. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
							|| c >= 0x10000 && c <= 0x10FFFF) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}
}
