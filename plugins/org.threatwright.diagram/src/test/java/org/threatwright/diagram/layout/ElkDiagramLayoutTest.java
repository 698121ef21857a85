package org.threatwright.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.threatwright.diagram.gmodel.Containment;
import org.threatwright.diagram.notation.Bounds;
import org.threatwright.diagram.notation.DiagramNotation;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SmallModels;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;

class ElkDiagramLayoutTest {

	private final SmallModels m = new SmallModels();

	@Test
	void everyElementAndBoundaryGetsBoundsInsideItsContainerWithoutOverlaps() {
		Map<String, Bounds> layout = new ElkDiagramLayout(m.model, new DiagramNotation()).layout();
		assertEquals(5 + 3, layout.size());
		Containment containment = new Containment(m.model);
		for (Element element : m.model.getElements()) {
			Bounds b = layout.get(element.getId());
			assertEquals(150, b.width(), 1e-9);
			containment.boundaryOf(element).ifPresent(boundary -> assertInside(layout, boundary, b, element));
		}
		assertInside(layout, m.home, layout.get(m.enclosure.getId()), m.enclosure);
		assertNoOverlaps(layout, children(m.model, containment, null));
		assertNoOverlaps(layout, children(m.model, containment, m.home));
	}

	@Test
	void theLayoutKeepsTheSizesTheNotationHas() {
		DiagramNotation notation = new DiagramNotation();
		notation.putBounds(m.user.getId(), new Bounds(0, 0, 222, 99));
		assertEquals(222, new ElkDiagramLayout(m.model, notation).layout().get(m.user.getId()).width(), 1e-9);
	}

	@Test
	void missingPlacementPutsNewThingsBelowTheContentOfTheirContainerOnly() {
		DiagramNotation notation = new DiagramNotation();
		new ElkDiagramLayout(m.model, notation).layout().forEach(notation::putBounds);
		Map<String, Bounds> before = Map.copyOf(notation.allBounds());
		notation.putBounds(m.user.getId(), null);
		Map<String, Bounds> placed = new MissingPlacement(m.model, notation).place();
		assertEquals(List.of(m.user.getId()), List.copyOf(placed.keySet()));
		double lowest = before.entrySet().stream().filter(e -> !e.getKey().equals(m.user.getId()))
				.filter(e -> e.getKey().equals(m.home.getId()) || e.getKey().equals(m.tenant.getId()) || e.getKey().equals(m.agent.getId()))
				.mapToDouble(e -> e.getValue().bottom()).max().orElseThrow();
		assertTrue(placed.get(m.user.getId()).y() > lowest);
		assertTrue(new MissingPlacement(m.model, notation).place().containsKey(m.user.getId()), "placing is not storing");
	}

	private static void assertInside(Map<String, Bounds> layout, TrustBoundary boundary, Bounds child, ModelElement what) {
		Bounds parent = layout.get(boundary.getId());
		Bounds inParent = new Bounds(0, 0, parent.width(), parent.height());
		assertTrue(inParent.contains(child), what.getName() + " " + child + " inside " + boundary.getName() + " " + parent);
	}

	private static List<String> children(SystemModel model, Containment containment, TrustBoundary container) {
		List<String> ids = new ArrayList<>();
		for (Element e : model.getElements()) {
			if (containment.boundaryOf(e).orElse(null) == container) {
				ids.add(e.getId());
			}
		}
		List<? extends EObject> boundaries = container == null ? model.getBoundaries() : container.getBoundaries();
		boundaries.forEach(b -> ids.add(((ModelElement) b).getId()));
		return ids;
	}

	private static void assertNoOverlaps(Map<String, Bounds> layout, List<String> siblings) {
		for (int i = 0; i < siblings.size(); i++) {
			for (int j = i + 1; j < siblings.size(); j++) {
				assertFalse(layout.get(siblings.get(i)).overlaps(layout.get(siblings.get(j))),
						siblings.get(i) + " overlaps " + siblings.get(j));
			}
		}
	}
}
