package org.threatwright.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.threatwright.diagram.DiagramFixture;
import org.threatwright.diagram.gmodel.SystemGModelBuilder;
import org.w3c.dom.Document;

class ExportTest {

	private final DiagramFixture f = new DiagramFixture();

	@Test
	void svgHasOneGroupPerNodeAndFlowAtAbsolutePositions() throws Exception {
		f.m.hub.setName("Hub <&> \"main\"");
		DiagramPicture picture = new DiagramPicture(new SystemGModelBuilder(f.m.model, f.notation, null).build());
		String svg = SvgExport.toSvg(picture);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertEquals(5 + 3 + 2, doc.getDocumentElement().getElementsByTagName("g").getLength());
		// hub: home (20,20) + enclosure (250,50) + hub (20,40) = (290,110)
		assertTrue(svg.contains("<rect x=\"290.0\" y=\"110.0\" width=\"150.0\" height=\"60.0\""), svg);
		assertTrue(svg.contains("Hub &lt;&amp;&gt; &quot;main&quot;"));
		assertTrue(svg.contains(">mqtts / transport<") || svg.contains(">mqtts / " + f.m.hubToCloud.getEncryption().getLiteral() + "<"));
	}

	@Test
	void pngIsTheDiagramsSizeTimesTheScale() throws Exception {
		DiagramPicture picture = new DiagramPicture(new SystemGModelBuilder(f.m.model, f.notation, null).build());
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngExport.toPng(picture, 2)));
		assertEquals((int) Math.ceil(picture.width() * 2), image.getWidth());
		assertEquals((int) Math.ceil(picture.height() * 2), image.getHeight());
		// the hub's fill colour (gateway green) at its centre, below the name
		assertEquals(0xbbf7d0, image.getRGB((int) ((290 + 20) * 2), (int) ((110 + 10) * 2)) & 0xffffff);
	}
}
