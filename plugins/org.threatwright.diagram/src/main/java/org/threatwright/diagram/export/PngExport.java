package org.threatwright.diagram.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.threatwright.diagram.export.DiagramPicture.Line;
import org.threatwright.diagram.export.DiagramPicture.Shape;

/** The system diagram as a PNG, painted with Java2D (headless) in the same style as the SVG export. */
public final class PngExport {

	private PngExport() {
	}

	/** PNG bytes at {@code scale} (1 = one pixel per diagram unit; 2 for print). */
	public static byte[] toPng(DiagramPicture picture, double scale) throws IOException {
		int w = (int) Math.ceil(picture.width() * scale);
		int h = (int) Math.ceil(picture.height() * scale);
		if ((long) w * h > 400_000_000L) {
			throw new IllegalArgumentException("diagram too large for a PNG at scale " + scale + ": " + w + " x " + h + " px");
		}
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, w, h);
			g.scale(scale, scale);
			for (Shape s : picture.shapes()) {
				if (s.isBoundary()) {
					RoundRectangle2D r = new RoundRectangle2D.Double(s.x(), s.y(), s.width(), s.height(), 16, 16);
					g.setColor(new Color(0xfe, 0xf2, 0xf2));
					g.fill(r);
					g.setColor(Color.decode("#dc2626"));
					g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 10f, 5f }, 0f));
					g.draw(r);
					g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
					g.setColor(Color.decode("#b91c1c"));
					g.drawString(s.name(), (float) s.x() + 10, (float) s.y() + 20);
				}
			}
			for (Line line : picture.lines()) {
				List<double[]> points = DiagramPicture.path(line);
				Path2D path = new Path2D.Double();
				path.moveTo(points.get(0)[0], points.get(0)[1]);
				points.subList(1, points.size()).forEach(p -> path.lineTo(p[0], p[1]));
				g.setColor(Color.decode(line.unencrypted() ? "#dc2626" : "#334155"));
				g.setStroke(line.unencrypted()
						? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 3f }, 0f)
						: new BasicStroke(1.5f));
				g.draw(path);
				arrow(g, points.get(points.size() - 2), points.get(points.size() - 1));
				if (!line.label().isEmpty()) {
					g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
					double[] a = points.get(0);
					double[] b = points.get(points.size() - 1);
					centred(g, line.label(), (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 - 4);
				}
			}
			for (Shape s : picture.shapes()) {
				if (!s.isBoundary()) {
					String[] colours = KindColours.of(s.type());
					RoundRectangle2D r = new RoundRectangle2D.Double(s.x(), s.y(), s.width(), s.height(), 12, 12);
					g.setColor(Color.decode(colours[0]));
					g.fill(r);
					g.setColor(Color.decode(colours[1]));
					g.setStroke(new BasicStroke(1.5f));
					g.draw(r);
					g.setColor(Color.decode("#0f172a"));
					g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
					centred(g, s.name(), s.x() + s.width() / 2, s.y() + s.height() / 2 + 4);
					g.setColor(Color.decode("#475569"));
					g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
					centred(g, "«" + s.kind() + "»", s.x() + s.width() / 2, s.y() + s.height() - 6);
				}
			}
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static void arrow(Graphics2D g, double[] from, double[] to) {
		double angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
		Path2D head = new Path2D.Double();
		head.moveTo(to[0], to[1]);
		head.lineTo(to[0] - 10 * Math.cos(angle - 0.4), to[1] - 10 * Math.sin(angle - 0.4));
		head.lineTo(to[0] - 10 * Math.cos(angle + 0.4), to[1] - 10 * Math.sin(angle + 0.4));
		head.closePath();
		g.fill(head);
	}

	private static void centred(Graphics2D g, String text, double x, double y) {
		FontMetrics metrics = g.getFontMetrics();
		g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0), (float) y);
	}
}
