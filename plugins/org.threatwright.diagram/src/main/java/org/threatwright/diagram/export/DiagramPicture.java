package org.threatwright.diagram.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.threatwright.diagram.gmodel.DiagramTypes;

/**
 * The drawn system diagram as absolute shapes: what the SVG and PNG exports paint. Built from the same
 * graphical model the editor shows, so a report's picture is the diagram the architect drew. O(n).
 */
public final class DiagramPicture {

	/** A node (element or boundary) in absolute coordinates, painted in list order (containers first). */
	public record Shape(String id, String type, String name, String kind, double x, double y, double width, double height,
			int findings, String worstSeverity) {

		public boolean isBoundary() {
			return DiagramTypes.BOUNDARY.equals(type);
		}

		double centerX() {
			return x + width / 2;
		}

		double centerY() {
			return y + height / 2;
		}
	}

	/** A data flow from one shape to another, with its label (protocol / encryption) and bends. */
	public record Line(String id, Shape source, Shape target, String label, boolean unencrypted, List<double[]> bends) {
	}

	private final List<Shape> shapes = new ArrayList<>();
	private final List<Line> lines = new ArrayList<>();
	private double width;
	private double height;

	public DiagramPicture(GGraph graph) {
		Map<String, Shape> byId = new HashMap<>();
		for (GModelElement child : graph.getChildren()) {
			collect(child, 0, 0, byId);
		}
		for (GModelElement child : graph.getChildren()) {
			if (child instanceof GEdge edge && byId.containsKey(edge.getSourceId()) && byId.containsKey(edge.getTargetId())) {
				Object protocol = edge.getArgs().get("protocol");
				Object encryption = edge.getArgs().get("encryption");
				String label = join(protocol, encryption);
				List<double[]> bends = new ArrayList<>();
				for (GPoint p : edge.getRoutingPoints()) {
					bends.add(new double[] { p.getX(), p.getY() });
				}
				lines.add(new Line(edge.getId(), byId.get(edge.getSourceId()), byId.get(edge.getTargetId()), label,
						"none".equals(encryption), bends));
			}
		}
		for (Shape shape : shapes) {
			width = Math.max(width, shape.x() + shape.width() + 20);
			height = Math.max(height, shape.y() + shape.height() + 20);
		}
	}

	private void collect(GModelElement element, double ox, double oy, Map<String, Shape> byId) {
		if (!(element instanceof GNode node)) {
			return;
		}
		double x = ox + node.getPosition().getX();
		double y = oy + node.getPosition().getY();
		String name = node.getChildren().stream().filter(GLabel.class::isInstance).map(l -> ((GLabel) l).getText()).findFirst().orElse("");
		Object findings = node.getArgs().get("findings");
		Shape shape = new Shape(node.getId(), node.getType(), name, String.valueOf(node.getArgs().map().getOrDefault("kind", "")), x, y,
				node.getSize().getWidth(), node.getSize().getHeight(), findings instanceof Number n ? n.intValue() : 0,
				String.valueOf(node.getArgs().map().getOrDefault("findings.worst", "")));
		shapes.add(shape);
		byId.put(shape.id(), shape);
		for (GModelElement child : node.getChildren()) {
			collect(child, x, y, byId);
		}
	}

	private static String join(Object protocol, Object encryption) {
		List<String> parts = new ArrayList<>();
		for (Object part : new Object[] { protocol, encryption }) {
			String text = part == null ? "" : part.toString();
			if (!text.isEmpty() && !text.equals("unknown") && !text.equals("unspecified")) {
				parts.add(text);
			}
		}
		return String.join(" / ", parts);
	}

	public List<Shape> shapes() {
		return shapes;
	}

	public List<Line> lines() {
		return lines;
	}

	public double width() {
		return Math.max(width, 100);
	}

	public double height() {
		return Math.max(height, 100);
	}

	/** Where the straight line from {@code from}'s centre towards {@code to} leaves {@code from}'s rectangle. */
	static double[] border(Shape from, double toX, double toY) {
		double dx = toX - from.centerX();
		double dy = toY - from.centerY();
		if (dx == 0 && dy == 0) {
			return new double[] { from.centerX(), from.centerY() };
		}
		double sx = dx == 0 ? Double.POSITIVE_INFINITY : (from.width() / 2) / Math.abs(dx);
		double sy = dy == 0 ? Double.POSITIVE_INFINITY : (from.height() / 2) / Math.abs(dy);
		double s = Math.min(sx, sy);
		return new double[] { from.centerX() + dx * s, from.centerY() + dy * s };
	}

	/** The polyline of a flow: border of the source, bends, border of the target. */
	static List<double[]> path(Line line) {
		List<double[]> points = new ArrayList<>();
		double[] firstAim = line.bends().isEmpty() ? new double[] { line.target().centerX(), line.target().centerY() } : line.bends().get(0);
		double[] lastAim = line.bends().isEmpty() ? new double[] { line.source().centerX(), line.source().centerY() }
				: line.bends().get(line.bends().size() - 1);
		points.add(border(line.source(), firstAim[0], firstAim[1]));
		points.addAll(line.bends());
		points.add(border(line.target(), lastAim[0], lastAim[1]));
		return points;
	}
}
