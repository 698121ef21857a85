package org.threatwright.report.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.threatwright.model.Element;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.io.ModelFiles;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ElkLayoutTest {

	@Test
	void childrenLieInsideTheirBoundaryAndNodesDoNotOverlap() {
		SmallModels small = new SmallModels();
		DiagramLayout layout = new ElkLayout(ModelDiagram.of(small.model)).layout();
		assertEquals(small.model.getElements().size() + countBoundaries(small.model.getBoundaries()), layout.boxes().size());
		for (TrustBoundary boundary : small.model.getBoundaries()) {
			assertInside(layout, boundary);
		}
		List<DiagramLayout.Box> nodes = layout.boxes().stream().filter(b -> !b.item().group()).toList();
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(nodes.get(i).overlaps(nodes.get(j)), nodes.get(i).item().label() + " overlaps " + nodes.get(j).item().label());
			}
		}
		assertEquals(small.model.getFlows().size(), layout.routes().size());
		layout.routes().forEach(r -> assertTrue(r.points().size() >= 2, r.edge().id() + " is routed"));
	}

	@Test
	void edgesEndAtTheirNodes() {
		SmallModels small = new SmallModels();
		DiagramLayout layout = new ElkLayout(ModelDiagram.of(small.model)).layout();
		for (DiagramLayout.Route route : layout.routes()) {
			DiagramLayout.Box source = layout.box(route.edge().source());
			DiagramLayout.Point first = route.points().get(0);
			assertTrue(onBorder(source, first), route.edge().id() + " starts at " + first + ", source box " + source);
			DiagramLayout.Box target = layout.box(route.edge().target());
			DiagramLayout.Point last = route.points().get(route.points().size() - 1);
			assertTrue(onBorder(target, last), route.edge().id() + " ends at " + last + ", target box " + target);
		}
	}

	@Test
	void svgIsWellFormedAndNamesEveryElement() throws Exception {
		Path examples = Path.of(System.getProperty("threatwright.examples"));
		var model = ModelFiles.load(examples.resolve("smart-home-hub.tw"));
		Element first = model.getElements().get(0);
		first.setName("<script>alert('x')</script> & co");
		String svg = new SvgDiagram(new ElkLayout(ModelDiagram.of(model)).layout()).render();
		Document doc = parse(svg);
		String text = doc.getDocumentElement().getTextContent();
		for (Element element : model.getElements()) {
			String name = element.getName();
			// long names wrap: every word is there
			for (String word : name.split("\\s+")) {
				assertTrue(text.contains(word), "SVG names " + name);
			}
		}
		assertFalse(svg.contains("<script>"), "hostile names are escaped");
		assertEquals(0, doc.getElementsByTagName("script").getLength());
		assertTrue(Files.isDirectory(examples));
	}

	private static boolean onBorder(DiagramLayout.Box box, DiagramLayout.Point p) {
		double e = 1.5;
		boolean insideX = p.x() >= box.x() - e && p.x() <= box.x() + box.width() + e;
		boolean insideY = p.y() >= box.y() - e && p.y() <= box.y() + box.height() + e;
		boolean onVertical = Math.abs(p.x() - box.x()) <= e || Math.abs(p.x() - box.x() - box.width()) <= e;
		boolean onHorizontal = Math.abs(p.y() - box.y()) <= e || Math.abs(p.y() - box.y() - box.height()) <= e;
		return insideX && insideY && (onVertical || onHorizontal);
	}

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private static int countBoundaries(List<TrustBoundary> boundaries) {
		int n = 0;
		for (TrustBoundary b : boundaries) {
			n += 1 + countBoundaries(b.getBoundaries());
		}
		return n;
	}

	private static void assertInside(DiagramLayout layout, TrustBoundary boundary) {
		DiagramLayout.Box box = layout.box(boundary.getId());
		for (Element member : boundary.getMembers()) {
			DiagramLayout.Box child = layout.box(member.getId());
			if (child.item().parent().equals(boundary.getId())) {
				assertTrue(box.contains(child), member.getName() + " " + child + " inside " + boundary.getName() + " " + box);
			}
		}
		for (TrustBoundary nested : boundary.getBoundaries()) {
			assertTrue(box.contains(layout.box(nested.getId())), nested.getName() + " inside " + boundary.getName());
			assertInside(layout, nested);
		}
	}
}
