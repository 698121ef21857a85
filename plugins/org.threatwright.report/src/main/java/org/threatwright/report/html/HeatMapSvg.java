package org.threatwright.report.html;

import java.util.List;

import org.threatwright.report.layout.Xml;
import org.threatwright.risk.assessment.HeatMap;
import org.threatwright.risk.method.RiskLevel;
import org.threatwright.risk.method.RiskMethod;

/**
 * The risk heat map as SVG: the project's risk matrix (impact rows, highest on top; feasibility columns, lowest on the
 * left), each cell coloured by the risk level of its value, showing how many risks fall in it and the value.
 */
public final class HeatMapSvg {

	private static final int CELL_W = 110;
	private static final int CELL_H = 54;
	private static final int LEFT = 120;
	private static final int TOP = 30;

	private HeatMapSvg() {
	}

	public static String render(RiskMethod method, HeatMap heatMap) {
		int columns = method.feasibilityScale().size();
		int rows = method.impactScale().size();
		int width = LEFT + columns * CELL_W + 10;
		int height = TOP + rows * CELL_H + 50;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width).append("\" height=\"")
				.append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
				.append("\" font-family=\"Helvetica, Arial, sans-serif\">");
		text(svg, LEFT + columns * CELL_W / 2.0, 16, 12, "bold", "middle", "attack feasibility →");
		List<HeatMap.Cell> cells = heatMap.cells();
		for (int i = 0; i < cells.size(); i++) {
			HeatMap.Cell cell = cells.get(i);
			int row = i / columns;
			int column = i % columns;
			int x = LEFT + column * CELL_W;
			int y = TOP + row * CELL_H;
			svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL_W)
					.append("\" height=\"").append(CELL_H).append("\" fill=\"").append(colour(method.level(cell.value())))
					.append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
			text(svg, x + CELL_W / 2.0, y + 31, cell.count() == 0 ? 14 : 20, "bold", "middle", cell.count() == 0 ? "–"
					: Integer.toString(cell.count()));
			text(svg, x + CELL_W - 6, y + CELL_H - 6, 9, "normal", "end", "value " + cell.value());
			if (column == 0) {
				text(svg, LEFT - 8, y + CELL_H / 2.0 + 4, 11, "normal", "end", cell.impact());
			}
			if (row == rows - 1) {
				text(svg, x + CELL_W / 2.0, y + CELL_H + 16, 11, "normal", "middle", cell.feasibility());
			}
		}
		text(svg, 10, TOP + rows * CELL_H + 36, 11, "bold", "start", "↑ impact (rows)");
		return svg.append("</svg>").toString();
	}

	static String colour(RiskLevel level) {
		return switch (level) {
			case VERY_LOW -> "#c6f6d5";
			case LOW -> "#e6ffed";
			case MEDIUM -> "#fefcbf";
			case HIGH -> "#fbd38d";
			case VERY_HIGH -> "#feb2b2";
		};
	}

	private static void text(StringBuilder svg, double x, double y, double size, String weight, String anchor, String text) {
		svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
				.append("\" font-weight=\"").append(weight).append("\" text-anchor=\"").append(anchor).append("\" fill=\"#1a202c\">")
				.append(Xml.escape(text)).append("</text>");
	}
}
