package org.threatwright.diagram.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.PasteOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.server.types.ElementAndRoutingPoints;
import org.junit.jupiter.api.Test;
import org.threatwright.diagram.DiagramFixture;
import org.threatwright.diagram.notation.Bounds;
import org.threatwright.diagram.notation.Point;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;

class EditHandlersTest {

	private final DiagramFixture f = new DiagramFixture();

	private static ChangeBoundsOperation move(String id, double x, double y, double w, double h) {
		ElementAndBounds eab = new ElementAndBounds(e -> {
			e.setElementId(id);
			e.setNewPosition(GraphUtil.point(x, y));
			e.setNewSize(GraphUtil.dimension(w, h));
		});
		return new ChangeBoundsOperation(List.of(eab));
	}

	@Test
	void movingWithinTheContainerOnlyChangesTheNotationAndIsUndone() {
		f.run(new ChangeBoundsHandler(f.session).createCommand(move(f.m.sensor.getId(), 40, 150, 180, 70)).orElseThrow());
		assertEquals(new Bounds(40, 150, 180, 70), f.notation.bounds(f.m.sensor.getId()).orElseThrow());
		assertTrue(f.m.home.getMembers().contains(f.m.sensor));
		f.stack().undo();
		assertEquals(new Bounds(30, 60, 150, 60), f.notation.bounds(f.m.sensor.getId()).orElseThrow());
		f.stack().redo();
		assertEquals(new Bounds(40, 150, 180, 70), f.notation.bounds(f.m.sensor.getId()).orElseThrow());
	}

	@Test
	void draggingAnElementIntoABoundaryMakesItAMember() {
		// user is on the diagram; (620,120) absolute lies inside tenant (600,20 300x200)
		f.run(new ChangeBoundsHandler(f.session).createCommand(move(f.m.user.getId(), 620, 120, 150, 60)).orElseThrow());
		assertTrue(f.m.tenant.getMembers().contains(f.m.user));
		assertEquals(new Bounds(20, 100, 150, 60), f.notation.bounds(f.m.user.getId()).orElseThrow());
		f.stack().undo();
		assertFalse(f.m.tenant.getMembers().contains(f.m.user));
		assertEquals(new Bounds(20, 400, 150, 60), f.notation.bounds(f.m.user.getId()).orElseThrow());
	}

	@Test
	void draggingAnElementOutOfItsBoundaryEndsTheMembership() {
		// sensor is in home (origin 20,20); relative (600,500) = absolute (620,520): outside everything
		f.run(new ChangeBoundsHandler(f.session).createCommand(move(f.m.sensor.getId(), 600, 500, 150, 60)).orElseThrow());
		assertFalse(f.m.home.getMembers().contains(f.m.sensor));
		assertEquals(new Bounds(620, 520, 150, 60), f.notation.bounds(f.m.sensor.getId()).orElseThrow());
		f.stack().undo();
		assertTrue(f.m.home.getMembers().contains(f.m.sensor));
	}

	@Test
	void draggingABoundaryIntoAnotherNestsItThere() {
		// enclosure (in home, origin 20,20) to absolute (650,50): inside tenant
		f.run(new ChangeBoundsHandler(f.session).createCommand(move(f.m.enclosure.getId(), 630, 30, 200, 150)).orElseThrow());
		assertSame(f.m.tenant, f.m.enclosure.eContainer());
		assertEquals(new Bounds(50, 30, 200, 150), f.notation.bounds(f.m.enclosure.getId()).orElseThrow());
		assertTrue(f.m.enclosure.getMembers().contains(f.m.hub), "members travel with their boundary");
		f.stack().undo();
		assertSame(f.m.home, f.m.enclosure.eContainer());
		assertEquals(0, f.m.home.getBoundaries().indexOf(f.m.enclosure));
	}

	@Test
	void reconnectMovesTheTargetAndUndoRestoresIt() {
		ReconnectEdgeOperation op = new ReconnectEdgeOperation(f.m.sensorToHub.getId(), f.m.sensor.getId(), f.m.cloud.getId());
		f.run(new ReconnectFlowHandler(f.session).createCommand(op).orElseThrow());
		assertSame(f.m.cloud, f.m.sensorToHub.getTarget());
		f.stack().undo();
		assertSame(f.m.hub, f.m.sensorToHub.getTarget());
	}

	@Test
	void reconnectingToTheSameEndsIsNoCommand() {
		ReconnectEdgeOperation op = new ReconnectEdgeOperation(f.m.sensorToHub.getId(), f.m.sensor.getId(), f.m.hub.getId());
		assertTrue(new ReconnectFlowHandler(f.session).createCommand(op).isEmpty());
	}

	@Test
	void deletingAnElementRemovesItsFlowsAndEveryReferenceAndUndoBringsAllBack() {
		Element hostedOnHub = f.m.agent.getHostedOn();
		assertSame(f.m.hub, hostedOnHub);
		f.run(new DeleteHandler(f.session).createCommand(new DeleteOperation(List.of(f.m.hub.getId()))).orElseThrow());
		assertFalse(f.m.model.getElements().contains(f.m.hub));
		assertEquals(List.of(), f.m.model.getFlows());
		assertFalse(f.m.enclosure.getMembers().contains(f.m.hub));
		assertEquals(null, f.m.agent.getHostedOn());
		f.stack().undo();
		assertTrue(f.m.model.getElements().contains(f.m.hub));
		assertEquals(List.of(f.m.sensorToHub, f.m.hubToCloud), f.m.model.getFlows());
		assertSame(f.m.hub, f.m.hubToCloud.getSource());
		assertTrue(f.m.enclosure.getMembers().contains(f.m.hub));
		assertSame(hostedOnHub, f.m.agent.getHostedOn());
	}

	@Test
	void deletingANestedBoundaryKeepsItsMembersInTheParent() {
		f.run(new DeleteHandler(f.session).createCommand(new DeleteOperation(List.of(f.m.enclosure.getId()))).orElseThrow());
		assertEquals(List.of(), f.m.home.getBoundaries());
		assertTrue(f.m.model.getElements().contains(f.m.hub));
		assertTrue(f.m.home.getMembers().contains(f.m.hub));
		f.stack().undo();
		assertEquals(List.of(f.m.enclosure), f.m.home.getBoundaries());
		assertFalse(f.m.home.getMembers().contains(f.m.hub));
	}

	@Test
	void deletingAFlowLeavesItsEnds() {
		f.run(new DeleteHandler(f.session).createCommand(new DeleteOperation(List.of(f.m.hubToCloud.getId()))).orElseThrow());
		assertEquals(List.of(f.m.sensorToHub), f.m.model.getFlows());
		assertEquals(5, f.m.model.getElements().size());
	}

	@Test
	void renameInPlaceSetsTheNameOfTheLabelsOwner() {
		f.run(new RenameHandler(f.session).createCommand(new ApplyLabelEditOperation(f.m.hub.getId() + "_name", "  Hub v2 ")).orElseThrow());
		assertEquals("Hub v2", f.m.hub.getName());
		f.stack().undo();
		assertEquals("Hub", f.m.hub.getName());
		assertTrue(new RenameHandler(f.session).createCommand(new ApplyLabelEditOperation(f.m.hub.getId() + "_name", " ")).isEmpty(),
				"a blank name is refused");
	}

	@Test
	void routingPointsGoToTheNotation() {
		ChangeRoutingPointsOperation op = new ChangeRoutingPointsOperation(List.of(new ElementAndRoutingPoints(
				f.m.hubToCloud.getId(), List.of(GraphUtil.point(500, 10), GraphUtil.point(560, 10)))));
		f.run(new ChangeRoutingPointsHandler(f.session).createCommand(op).orElseThrow());
		assertEquals(List.of(new Point(500, 10), new Point(560, 10)), f.notation.route(f.m.hubToCloud.getId()));
		f.stack().undo();
		assertEquals(List.of(), f.notation.route(f.m.hubToCloud.getId()));
	}

	@Test
	void pasteCopiesElementsWithFreshIdsAndTheFlowsBetweenThem() {
		PasteOperation op = new PasteOperation();
		setClipboard(op, Map.of(PasteHandler.MIME, "[\"" + f.m.sensor.getId() + "\",\"" + f.m.hub.getId() + "_name\"]"));
		f.run(new PasteHandler(f.session).createCommand(op).orElseThrow());
		assertEquals(7, f.m.model.getElements().size());
		Element sensorCopy = f.m.model.getElements().get(5);
		Element hubCopy = f.m.model.getElements().get(6);
		assertEquals(f.m.sensor.getName(), sensorCopy.getName());
		assertNotEquals(f.m.sensor.getId(), sensorCopy.getId());
		assertEquals(2, hubCopy.getInterfaces().size());
		Set<String> interfaceIds = hubCopy.getInterfaces().stream().map(ModelElement::getId).collect(Collectors.toSet());
		assertFalse(interfaceIds.contains(f.m.hubUart.getId()));
		assertEquals(3, f.m.model.getFlows().size(), "sensor->hub is copied, hub->cloud is not");
		assertSame(sensorCopy, f.m.model.getFlows().get(2).getSource());
		assertSame(hubCopy, f.m.model.getFlows().get(2).getTarget());
		assertTrue(f.m.home.getMembers().contains(sensorCopy));
		assertTrue(f.m.enclosure.getMembers().contains(hubCopy));
		assertEquals(new Bounds(60, 90, 150, 60), f.notation.bounds(sensorCopy.getId()).orElseThrow());
		f.stack().undo();
		assertEquals(5, f.m.model.getElements().size());
		assertEquals(2, f.m.model.getFlows().size());
	}

	@Test
	void pasteOfForeignClipboardContentDoesNothing() {
		PasteOperation op = new PasteOperation();
		setClipboard(op, Map.of(PasteHandler.MIME, "{\"not\":\"ours\"}"));
		assertTrue(new PasteHandler(f.session).createCommand(op).isEmpty());
	}

	private static void setClipboard(PasteOperation op, Map<String, String> data) {
		op.setClipboardData(data);
	}
}
