package org.threatwright.diagram.notation;

/** A routing point of a drawn flow, in diagram coordinates. */
public record Point(double x, double y) {

	public Point {
		if (!Double.isFinite(x) || !Double.isFinite(y)) {
			throw new IllegalArgumentException("point must be finite: " + x + ", " + y);
		}
	}
}
