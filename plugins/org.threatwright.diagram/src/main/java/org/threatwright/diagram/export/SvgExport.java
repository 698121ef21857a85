package org.threatwright.diagram.export;

import java.util.List;
import java.util.Locale;

import org.threatwright.diagram.export.DiagramPicture.Line;
import org.threatwright.diagram.export.DiagramPicture.Shape;

/**
 * The system diagram as a standalone SVG document (for reports and review): boundaries dashed red, elements
 * coloured by kind, flows with arrowheads and their protocol / encryption, open-finding badges.
 */
public final class SvgExport {

	private SvgExport() {
	}

	public static String toSvg(DiagramPicture picture) {
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\">%n",
				picture.width(), picture.height(), picture.width(), picture.height()));
		svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">"
				+ "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#334155\"/></marker></defs>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		for (Shape shape : picture.shapes()) {
			if (shape.isBoundary()) {
				svg.append(String.format(Locale.ROOT,
						"<g id=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"8\" fill=\"#fef2f2\" fill-opacity=\"0.5\" stroke=\"#dc2626\" stroke-width=\"2\" stroke-dasharray=\"10 5\"/>"
								+ "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" font-weight=\"bold\" fill=\"#b91c1c\">%s</text></g>%n",
						esc(shape.id()), shape.x(), shape.y(), shape.width(), shape.height(), shape.x() + 10, shape.y() + 20, esc(shape.name())));
			}
		}
		for (Line line : picture.lines()) {
			List<double[]> points = DiagramPicture.path(line);
			StringBuilder d = new StringBuilder();
			for (int i = 0; i < points.size(); i++) {
				d.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f,%.1f", points.get(i)[0], points.get(i)[1]));
			}
			svg.append(String.format(Locale.ROOT, "<g id=\"%s\"><path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"%s marker-end=\"url(#arrow)\"/>",
					esc(line.id()), d, line.unencrypted() ? "#dc2626" : "#334155", line.unencrypted() ? " stroke-dasharray=\"6 3\"" : ""));
			if (!line.label().isEmpty()) {
				double[] a = points.get(0);
				double[] b = points.get(points.size() - 1);
				svg.append(String.format(Locale.ROOT,
						"<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>",
						(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 - 4, line.unencrypted() ? "#b91c1c" : "#1e293b", esc(line.label())));
			}
			svg.append("</g>\n");
		}
		for (Shape shape : picture.shapes()) {
			if (!shape.isBoundary()) {
				String[] colours = KindColours.of(shape.type());
				svg.append(String.format(Locale.ROOT,
						"<g id=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>"
								+ "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\" fill=\"#0f172a\">%s</text>"
								+ "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" text-anchor=\"middle\" fill=\"#475569\">«%s»</text>",
						esc(shape.id()), shape.x(), shape.y(), shape.width(), shape.height(), colours[0], colours[1],
						shape.centerX(), shape.centerY() + 2, esc(shape.name()), shape.centerX(), shape.y() + shape.height() - 6, esc(shape.kind())));
				if (shape.findings() > 0) {
					svg.append(String.format(Locale.ROOT,
							"<circle cx=\"%.1f\" cy=\"%.1f\" r=\"11\" fill=\"%s\" stroke=\"#fff\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#fff\">%d</text>",
							shape.x() + shape.width() - 2, shape.y() + 2, KindColours.severity(shape.worstSeverity()),
							shape.x() + shape.width() - 2, shape.y() + 6, shape.findings()));
				}
				svg.append("</g>\n");
			}
		}
		return svg.append("</svg>\n").toString();
	}

	static String esc(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
