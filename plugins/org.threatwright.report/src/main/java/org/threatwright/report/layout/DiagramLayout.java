package org.threatwright.report.layout;

import java.util.List;

/**
 * Where everything of a {@link DiagramGraph} goes, in absolute coordinates (origin top left, y down, units are
 * pixels at 96 dpi): boxes for nodes and groups (groups first, outer before inner, so drawing in order paints
 * children over their parents), edges as polylines with a label box.
 *
 * @param width  the diagram's width
 * @param height its height
 */
public record DiagramLayout(double width, double height, List<Box> boxes, List<Route> routes) {

	public DiagramLayout {
		boxes = List.copyOf(boxes);
		routes = List.copyOf(routes);
	}

	/** A placed node or group; {@code depth} counts the groups around it. */
	public record Box(DiagramGraph.Item item, double x, double y, double width, double height, int depth) {

		public boolean contains(Box other) {
			return other.x >= x && other.y >= y && other.x + other.width <= x + width && other.y + other.height <= y + height;
		}

		public boolean overlaps(Box other) {
			return other.x < x + width && x < other.x + other.width && other.y < y + height && y < other.y + other.height;
		}
	}

	/** A point. */
	public record Point(double x, double y) {
	}

	/**
	 * A routed edge: its bend points from source to target, and the box of its label (null when it has none).
	 */
	public record Route(DiagramGraph.Edge edge, List<Point> points, Box label) {

		public Route {
			points = List.copyOf(points);
		}
	}

	public Box box(String id) {
		return boxes.stream().filter(b -> b.item().id().equals(id)).findFirst().orElse(null);
	}
}
