package org.threatwright.diagram.notation;

/**
 * Where a node is drawn: its position relative to the container it is drawn in (the diagram, or the trust
 * boundary that holds it) and its size.
 */
public record Bounds(double x, double y, double width, double height) {

	public Bounds {
		if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
			throw new IllegalArgumentException("bounds must be finite numbers: " + x + ", " + y + ", " + width + ", " + height);
		}
		if (width < 0 || height < 0) {
			throw new IllegalArgumentException("negative size: " + width + " x " + height);
		}
	}

	public Bounds moveTo(double newX, double newY) {
		return new Bounds(newX, newY, width, height);
	}

	public Bounds resize(double newWidth, double newHeight) {
		return new Bounds(x, y, newWidth, newHeight);
	}

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	/** Whether {@code inner} (in the same coordinates) lies within this rectangle. */
	public boolean contains(Bounds inner) {
		return inner.x >= x && inner.y >= y && inner.right() <= right() && inner.bottom() <= bottom();
	}

	public boolean overlaps(Bounds other) {
		return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
	}
}
