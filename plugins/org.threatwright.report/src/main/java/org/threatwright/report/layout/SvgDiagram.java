package org.threatwright.report.layout;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link DiagramLayout} as a standalone SVG document: trust boundaries as dashed red boxes titled at the top
 * left, one shape per element kind (devices and gateways as boxes, cloud services as pills, apps and processes as
 * rounded boxes, data stores as cylinders, external entities and people as square boxes), data flows as orthogonal
 * arrows labelled with name, protocol and encryption; unencrypted flows in red. All text is escaped.
 */
public final class SvgDiagram {

	private static final String FONT = "font-family=\"Helvetica, Arial, sans-serif\"";
	private final DiagramLayout layout;

	public SvgDiagram(DiagramLayout layout) {
		this.layout = java.util.Objects.requireNonNull(layout, "layout");
	}

	/** The SVG document, sized {@code width × height} px with the layout's own coordinates as its view box. */
	public String render(double width, double height) {
		StringBuilder svg = new StringBuilder(4096 + layout.boxes().size() * 400);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(Math.round(width))
				.append("\" height=\"").append(Math.round(height)).append("\" viewBox=\"0 0 ").append(num(layout.width())).append(' ')
				.append(num(layout.height())).append("\" ").append(FONT).append(">\n");
		svg.append("<defs>").append(marker("arrow", "#4a5568", false)).append(marker("arrow-warn", "#c53030", false))
				.append(marker("arrow-start", "#4a5568", true)).append(marker("arrow-warn-start", "#c53030", true)).append("</defs>\n");
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(num(layout.width())).append("\" height=\"")
				.append(num(layout.height())).append("\" fill=\"#ffffff\"/>\n");
		layout.boxes().stream().filter(b -> b.item().group()).forEach(b -> group(svg, b));
		layout.routes().forEach(r -> edge(svg, r));
		layout.boxes().stream().filter(b -> !b.item().group()).forEach(b -> node(svg, b));
		layout.routes().stream().filter(r -> r.label() != null).forEach(r -> edgeLabel(svg, r));
		return svg.append("</svg>\n").toString();
	}

	/** The SVG document at the layout's own size. */
	public String render() {
		return render(layout.width(), layout.height());
	}

	/** An arrow head; a start marker points backwards (Batik does not know {@code orient="auto-start-reverse"}). */
	private static String marker(String id, String colour, boolean start) {
		return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"" + (start ? 1 : 9) + "\" refY=\"5\" markerWidth=\"7\""
				+ " markerHeight=\"7\" orient=\"auto\"><path d=\"" + (start ? "M10,0 L0,5 L10,10 z" : "M0,0 L10,5 L0,10 z")
				+ "\" fill=\"" + colour + "\"/></marker>";
	}

	private static void group(StringBuilder svg, DiagramLayout.Box b) {
		String fill = b.depth() % 2 == 0 ? "#fff8f8" : "#fdf1f1";
		svg.append("<g class=\"boundary\"><rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y()))
				.append("\" width=\"").append(num(b.width())).append("\" height=\"").append(num(b.height()))
				.append("\" rx=\"6\" fill=\"").append(fill).append("\" stroke=\"#c53030\" stroke-width=\"1.5\" stroke-dasharray=\"7 4\"/>");
		text(svg, b.x() + 10, b.y() + 18, 12, "bold", "#9b2c2c", "start", fit(b.item().label(), b.width() - 16, 12));
		svg.append("</g>\n");
	}

	private static void node(StringBuilder svg, DiagramLayout.Box b) {
		String kind = b.item().kind();
		Style style = Style.of(kind);
		svg.append("<g class=\"element ").append(Xml.escape(kind.toLowerCase(Locale.ROOT))).append("\">");
		double x = b.x(), y = b.y(), w = b.width(), h = b.height();
		switch (style.shape) {
			case CYLINDER -> {
				double ry = 6;
				svg.append("<path d=\"M").append(num(x)).append(',').append(num(y + ry)).append(" a").append(num(w / 2)).append(',')
						.append(num(ry)).append(" 0 0 1 ").append(num(w)).append(",0 v").append(num(h - 2 * ry)).append(" a")
						.append(num(w / 2)).append(',').append(num(ry)).append(" 0 0 1 -").append(num(w)).append(",0 z\" fill=\"")
						.append(style.fill).append("\" stroke=\"").append(style.stroke).append("\" stroke-width=\"1.5\"/>");
				svg.append("<path d=\"M").append(num(x)).append(',').append(num(y + ry)).append(" a").append(num(w / 2)).append(',')
						.append(num(ry)).append(" 0 0 0 ").append(num(w)).append(",0\" fill=\"none\" stroke=\"").append(style.stroke)
						.append("\" stroke-width=\"1.5\"/>");
			}
			default -> svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
					.append("\" height=\"").append(num(h)).append("\" rx=\"").append(num(style.radius)).append("\" fill=\"")
					.append(style.fill).append("\" stroke=\"").append(style.stroke).append("\" stroke-width=\"")
					.append(num(style.strokeWidth)).append("\"/>");
		}
		double cx = x + w / 2;
		double line = y + 6 + TextMetrics.SMALL_LINE_HEIGHT;
		text(svg, cx, line - 2, 9.5, "normal", "#4a5568", "middle", "«" + kind + "»");
		for (String nameLine : TextMetrics.wrap(b.item().label())) {
			line += TextMetrics.LINE_HEIGHT;
			text(svg, cx, line - 3, 12, "bold", "#1a202c", "middle", nameLine);
		}
		if (!b.item().detail().isEmpty()) {
			line += TextMetrics.SMALL_LINE_HEIGHT;
			text(svg, cx, line - 2, 10, "normal", "#4a5568", "middle", b.item().detail());
		}
		svg.append("</g>\n");
	}

	private static void edge(StringBuilder svg, DiagramLayout.Route r) {
		if (r.points().size() < 2) {
			return;
		}
		boolean warn = r.edge().warning();
		String colour = warn ? "#c53030" : "#4a5568";
		svg.append("<polyline class=\"flow\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.4\"");
		if (warn) {
			svg.append(" stroke-dasharray=\"5 3\"");
		}
		svg.append(" points=\"");
		for (DiagramLayout.Point p : r.points()) {
			svg.append(num(p.x())).append(',').append(num(p.y())).append(' ');
		}
		String marker = warn ? "arrow-warn" : "arrow";
		svg.append("\" marker-end=\"url(#").append(marker).append(")\"");
		if (r.edge().bidirectional()) {
			svg.append(" marker-start=\"url(#").append(marker).append("-start)\"");
		}
		svg.append("/>\n");
	}

	private static void edgeLabel(StringBuilder svg, DiagramLayout.Route r) {
		DiagramLayout.Box l = r.label();
		svg.append("<g class=\"flow-label\"><rect x=\"").append(num(l.x())).append("\" y=\"").append(num(l.y())).append("\" width=\"")
				.append(num(l.width())).append("\" height=\"").append(num(l.height()))
				.append("\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>");
		double line = l.y() + 2;
		String colour = r.edge().warning() ? "#9b2c2c" : "#2d3748";
		for (String text : List.of(r.edge().label(), r.edge().detail())) {
			if (!text.isEmpty()) {
				line += TextMetrics.SMALL_LINE_HEIGHT;
				boolean tag = r.edge().detail().isEmpty() && text.length() <= ElkLayout.TAG_LENGTH;
				text(svg, l.x() + l.width() / 2, line - 2.5 + (tag ? 2 : 0), tag ? 13 : 10, "bold", colour, "middle", text);
			}
		}
		svg.append("</g>\n");
	}

	private static void text(StringBuilder svg, double x, double y, double size, String weight, String colour, String anchor,
			String text) {
		svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(num(size))
				.append("\" font-weight=\"").append(weight).append("\" fill=\"").append(colour).append("\" text-anchor=\"")
				.append(anchor).append("\">").append(Xml.escape(text)).append("</text>");
	}

	/** {@code text} cut with an ellipsis to fit {@code width} (ELK does not always honour a group's minimum width). */
	static String fit(String text, double width, double fontSize) {
		int max = (int) (width / (fontSize * 0.6));
		return text.length() <= max || max < 2 ? text : text.substring(0, max - 1) + "…";
	}

	static String num(double value) {
		if (value == Math.rint(value)) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private enum Shape {
		BOX, CYLINDER
	}

	/** Shape and colours of one element kind. */
	private record Style(Shape shape, double radius, String fill, String stroke, double strokeWidth) {
		static Style of(String kind) {
			return switch (kind) {
				case "Device" -> new Style(Shape.BOX, 4, "#ebf4ff", "#2b6cb0", 1.5);
				case "Gateway" -> new Style(Shape.BOX, 4, "#e6fffa", "#2c7a7b", 2.5);
				case "CloudService" -> new Style(Shape.BOX, 20, "#faf5ff", "#6b46c1", 1.5);
				case "MobileApp", "WebApp", "Process" -> new Style(Shape.BOX, 12, "#fffaf0", "#b7791f", 1.5);
				case "DataStore" -> new Style(Shape.CYLINDER, 0, "#f7fafc", "#4a5568", 1.5);
				default -> new Style(Shape.BOX, 0, "#edf2f7", "#1a202c", 2);
			};
		}
	}
}
