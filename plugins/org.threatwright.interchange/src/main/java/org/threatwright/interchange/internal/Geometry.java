package org.threatwright.interchange.internal;

import java.util.List;

/**
 * Boundary membership from a diagram's geometry, for tools whose boundaries are boxes drawn around elements
 * (Threat Dragon's trust-boundary-box, TMT's border boundary): an element belongs to the smallest box that holds its
 * centre; a box is nested in the smallest other box that holds it whole.
 */
public final class Geometry {

	/** An axis-aligned rectangle. */
	public record Box(double x, double y, double width, double height) {
		public double area() {
			return width * height;
		}

		public boolean containsPoint(double px, double py) {
			return px >= x && px <= x + width && py >= y && py <= y + height;
		}

		public boolean containsBox(Box other) {
			return other != this && other.x >= x && other.y >= y && other.x + other.width <= x + width
					&& other.y + other.height <= y + height && other.area() < area();
		}

		public double centreX() {
			return x + width / 2;
		}

		public double centreY() {
			return y + height / 2;
		}
	}

	private Geometry() {
	}

	/** Index into {@code boxes} of the smallest box holding the centre of {@code shape}, or -1. */
	public static int innermostHolding(List<Box> boxes, Box shape) {
		int best = -1;
		for (int i = 0; i < boxes.size(); i++) {
			Box box = boxes.get(i);
			if (box != shape && box.containsPoint(shape.centreX(), shape.centreY())
					&& (best < 0 || box.area() < boxes.get(best).area())) {
				best = i;
			}
		}
		return best;
	}

	/** Index of the smallest box holding {@code inner} whole, or -1. */
	public static int innermostEnclosing(List<Box> boxes, Box inner) {
		int best = -1;
		for (int i = 0; i < boxes.size(); i++) {
			Box box = boxes.get(i);
			if (box.containsBox(inner) && (best < 0 || box.area() < boxes.get(best).area())) {
				best = i;
			}
		}
		return best;
	}
}
