package org.threatwright.diagram.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.junit.jupiter.api.Test;
import org.threatwright.diagram.DiagramFixture;
import org.threatwright.diagram.gmodel.DiagramTypes;
import org.threatwright.diagram.gmodel.ElementKind;
import org.threatwright.diagram.notation.Bounds;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.TrustBoundary;

class CreateHandlersTest {

	private final DiagramFixture f = new DiagramFixture();

	@Test
	void createsAnElementOfEveryKindOnTheDiagramAsOneUndoableCommand() {
		CreateElementHandler handler = new CreateElementHandler(f.session);
		for (ElementKind kind : ElementKind.values()) {
			int before = f.m.model.getElements().size();
			f.run(handler.createCommand(new CreateNodeOperation(kind.nodeType(), GraphUtil.point(40, 520))).orElseThrow());
			Element created = f.m.model.getElements().get(before);
			assertSame(kind.eClass(), created.eClass());
			assertEquals("New " + kind.label().toLowerCase(java.util.Locale.ROOT), created.getName());
			assertEquals(new Bounds(40, 520, ElementKind.WIDTH, ElementKind.HEIGHT), f.notation.bounds(created.getId()).orElseThrow());
			f.stack().undo();
			assertEquals(before, f.m.model.getElements().size());
			assertFalse(f.notation.hasBounds(created.getId()));
			f.stack().redo();
			assertSame(created, f.m.model.getElements().get(before));
			assertTrue(f.notation.hasBounds(created.getId()));
		}
	}

	@Test
	void anElementDroppedInsideABoundaryBecomesItsMemberWithARelativePosition() {
		CreateNodeOperation op = new CreateNodeOperation(ElementKind.CLOUD_SERVICE.nodeType(), GraphUtil.point(660, 100));
		f.run(new CreateElementHandler(f.session).createCommand(op).orElseThrow());
		Element created = f.m.model.getElements().get(f.m.model.getElements().size() - 1);
		assertTrue(f.m.tenant.getMembers().contains(created));
		assertEquals(new Bounds(60, 80, ElementKind.WIDTH, ElementKind.HEIGHT), f.notation.bounds(created.getId()).orElseThrow());
		f.stack().undo();
		assertFalse(f.m.tenant.getMembers().contains(created));
	}

	@Test
	void anElementInANestedBoundaryJoinsTheInnermostOne() {
		// enclosure's inside starts at (270,70) absolute
		CreateNodeOperation op = new CreateNodeOperation(ElementKind.PROCESS.nodeType(), GraphUtil.point(280, 150));
		f.run(new CreateElementHandler(f.session).createCommand(op).orElseThrow());
		Element created = f.m.model.getElements().get(f.m.model.getElements().size() - 1);
		assertTrue(f.m.enclosure.getMembers().contains(created));
		assertFalse(f.m.home.getMembers().contains(created));
		assertEquals(10, f.notation.bounds(created.getId()).orElseThrow().x(), 1e-9);
	}

	@Test
	void aBoundaryDrawnAroundAnElementTakesItAsMember() {
		CreateNodeOperation op = new CreateNodeOperation(DiagramTypes.BOUNDARY, GraphUtil.point(0, 380));
		f.run(new CreateBoundaryHandler(f.session).createCommand(op).orElseThrow());
		TrustBoundary created = f.m.model.getBoundaries().get(2);
		assertEquals("New trust boundary", created.getName());
		assertEquals(List.of(f.m.user), created.getMembers()); // agent (300..450) is not inside (0..320)
		assertEquals(new Bounds(20, 20, 150, 60), f.notation.bounds(f.m.user.getId()).orElseThrow());
		f.stack().undo();
		assertEquals(2, f.m.model.getBoundaries().size());
		assertEquals(new Bounds(20, 400, 150, 60), f.notation.bounds(f.m.user.getId()).orElseThrow());
		f.stack().redo();
		assertEquals(List.of(f.m.user), created.getMembers());
	}

	@Test
	void aBoundaryCreatedInsideAnotherIsNested() {
		CreateNodeOperation op = new CreateNodeOperation(DiagramTypes.BOUNDARY, GraphUtil.point(0, 0), f.m.tenant.getId());
		f.run(new CreateBoundaryHandler(f.session).createCommand(op).orElseThrow());
		assertEquals(1, f.m.tenant.getBoundaries().size());
		assertEquals(2, f.m.model.getBoundaries().size());
	}

	@Test
	void aFlowConnectsTwoElementsAndAPortEndRecordsTheInterface() {
		CreateFlowHandler handler = new CreateFlowHandler(f.session);
		f.run(handler.createCommand(new CreateEdgeOperation(DiagramTypes.FLOW, f.m.user.getId(), f.m.cloud.getId())).orElseThrow());
		DataFlow flow = f.m.model.getFlows().get(2);
		assertSame(f.m.user, flow.getSource());
		assertSame(f.m.cloud, flow.getTarget());
		assertNull(flow.getSourceInterface());

		f.run(handler.createCommand(new CreateEdgeOperation(DiagramTypes.FLOW, f.m.hubUart.getId(), f.m.user.getId())).orElseThrow());
		DataFlow fromPort = f.m.model.getFlows().get(3);
		assertSame(f.m.hub, fromPort.getSource());
		assertSame(f.m.hubUart, fromPort.getSourceInterface());
		f.stack().undo();
		f.stack().undo();
		assertEquals(2, f.m.model.getFlows().size());
	}

	@Test
	void aFlowToAnUnknownIdIsRefusedWithTheId() {
		CreateFlowHandler handler = new CreateFlowHandler(f.session);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> handler.createCommand(new CreateEdgeOperation(DiagramTypes.FLOW, f.m.user.getId(), "no-such-id")));
		assertEquals("no element with id no-such-id in the model", e.getMessage());
		assertEquals(2, f.m.model.getFlows().size());
	}
}
