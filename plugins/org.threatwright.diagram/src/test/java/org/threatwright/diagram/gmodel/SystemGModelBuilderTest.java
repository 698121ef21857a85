package org.threatwright.diagram.gmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPort;
import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleFamily;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.Stride;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.diagram.DiagramFixture;

class SystemGModelBuilderTest {

	private final DiagramFixture f = new DiagramFixture();

	private static List<String> types(List<GModelElement> elements) {
		return elements.stream().map(GModelElement::getType).toList();
	}

	private static GNode child(GModelElement parent, String id) {
		return (GNode) parent.getChildren().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow(
				() -> new AssertionError(id + " is not a child of " + parent.getId()));
	}

	@Test
	void boundariesNestTheirMembersAndFlowsAreEdgesAtTheRoot() {
		GGraph graph = new SystemGModelBuilder(f.m.model, f.notation, null).build();
		// home, tenant, user, agent, two flows
		assertEquals(List.of(DiagramTypes.BOUNDARY, DiagramTypes.BOUNDARY, "node:ExternalEntity", "node:Process",
				DiagramTypes.FLOW, DiagramTypes.FLOW), types(graph.getChildren()));
		GNode home = child(graph, f.m.home.getId());
		assertEquals(List.of(DiagramTypes.NAME_LABEL, DiagramTypes.BOUNDARY, "node:Device"), types(home.getChildren()));
		GNode enclosure = child(home, f.m.enclosure.getId());
		GNode hub = child(enclosure, f.m.hub.getId());
		assertEquals("node:Gateway", hub.getType());
		assertEquals(List.of(DiagramTypes.NAME_LABEL, DiagramTypes.INTERFACE, DiagramTypes.INTERFACE), types(hub.getChildren()));
		assertEquals(f.m.hubUart.getId(), ((GPort) hub.getChildren().get(1)).getId());
		assertEquals(20, hub.getPosition().getX(), 1e-9);
		assertEquals(40, hub.getPosition().getY(), 1e-9);
		GLabel name = (GLabel) hub.getChildren().get(0);
		assertEquals(f.m.hub.getId() + "_name", name.getId());
		assertEquals("Hub", name.getText());
		long nodes = graph.eAllContents().next() == null ? 0 : countNodes(graph);
		assertEquals(5 + 3, nodes, "five element nodes and three boundaries");
	}

	@Test
	void flowsCarryProtocolAndEncryption() {
		GGraph graph = new SystemGModelBuilder(f.m.model, f.notation, null).build();
		GEdge flow = (GEdge) graph.getChildren().stream().filter(c -> c.getId().equals(f.m.hubToCloud.getId())).findFirst().orElseThrow();
		assertEquals(f.m.hub.getId(), flow.getSourceId());
		assertEquals(f.m.cloud.getId(), flow.getTargetId());
		assertEquals("mqtts", flow.getArgs().get("protocol"));
		assertEquals(f.m.hubToCloud.getEncryption().getLiteral(), flow.getArgs().get("encryption"));
	}

	@Test
	void aBoundaryGrowsToHoldContentPlacedBeyondIt() {
		f.notation.putBounds(f.m.sensor.getId(), new org.threatwright.diagram.notation.Bounds(600, 400, 150, 60));
		GNode home = child(new SystemGModelBuilder(f.m.model, f.notation, null).build(), f.m.home.getId());
		assertEquals(600 + 150 + SystemGModelBuilder.BOUNDARY_PADDING, home.getSize().getWidth(), 1e-9);
		assertEquals(400 + 60 + SystemGModelBuilder.BOUNDARY_PADDING, home.getSize().getHeight(), 1e-9);
	}

	@Test
	void badgesCountOpenFindingsPerSeverityAndIgnoreTriagedOnes() {
		RuleDescriptor high = new RuleDescriptor("test-high", "High threat", RuleFamily.IOT, Stride.TAMPERING, Severity.HIGH,
				List.of(20), List.of(), "Fix it.", List.of());
		RuleDescriptor low = new RuleDescriptor("test-low", "Low threat", RuleFamily.IOT, Stride.SPOOFING, Severity.LOW,
				List.of(20), List.of(), "Fix it.", List.of());
		Finding onHub = Finding.derived(high, List.of(ElementRef.of(f.m.hub)), Severity.HIGH, "hub");
		Finding onFlow = Finding.derived(low, List.of(ElementRef.of(f.m.hubToCloud), ElementRef.of(f.m.hub)), Severity.LOW, "flow");
		Finding triaged = Finding.derived(high, List.of(ElementRef.of(f.m.sensor)), Severity.HIGH, "sensor");
		ThreatRegister register = new ThreatRegister("m", "p", "1", LocalDate.of(2026, 1, 1), List.of(onHub, onFlow, triaged),
				List.of(), List.of(), List.of(), Map.of(triaged.id(),
						new TriageDecision(triaged.id(), TriageStatus.MITIGATED, "done", "ada", java.time.Instant.EPOCH)));
		f.session.showFindings(register);
		GGraph graph = new SystemGModelBuilder(f.m.model, f.notation, f.session.badges()).build();
		GNode hub = child(child(child(graph, f.m.home.getId()), f.m.enclosure.getId()), f.m.hub.getId());
		assertEquals(2, hub.getArgs().get("findings"));
		assertEquals(1, hub.getArgs().get("findings.high"));
		assertEquals(1, hub.getArgs().get("findings.low"));
		assertEquals("high", hub.getArgs().get("findings.worst"));
		GNode sensor = child(child(graph, f.m.home.getId()), f.m.sensor.getId());
		assertFalse(sensor.getArgs().containsKey("findings"), "the sensor's only finding is mitigated");
		GEdge flow = (GEdge) graph.getChildren().stream().filter(c -> c.getId().equals(f.m.hubToCloud.getId())).findFirst().orElseThrow();
		assertEquals(1, flow.getArgs().get("findings"));
	}

	@Test
	void externalChangesOnTheSharedStackReachListenersWithoutOrigin() {
		List<Object> origins = new java.util.ArrayList<>();
		f.session.addListener(origins::add);
		f.stack().execute(new org.eclipse.emf.edit.command.SetCommand(f.session.domain(), f.m.hub,
				org.threatwright.model.TwPackage.Literals.MODEL_ELEMENT__NAME, "Renamed in the tree"));
		Object me = new Object();
		f.session.execute(new org.eclipse.emf.edit.command.SetCommand(f.session.domain(), f.m.hub,
				org.threatwright.model.TwPackage.Literals.MODEL_ELEMENT__NAME, "Renamed in the diagram"), me);
		assertEquals(java.util.Arrays.asList(null, me), origins);
		GGraph graph = new SystemGModelBuilder(f.m.model, f.notation, null).build();
		assertTrue(graph.eAllContents().hasNext());
		assertEquals("Renamed in the diagram", ((GLabel) child(child(child(graph, f.m.home.getId()), f.m.enclosure.getId()),
				f.m.hub.getId()).getChildren().get(0)).getText());
	}

	private static long countNodes(GGraph graph) {
		List<GNode> nodes = new java.util.ArrayList<>();
		graph.eAllContents().forEachRemaining(o -> {
			if (o instanceof GNode n && !(o instanceof GPort)) {
				nodes.add(n);
			}
		});
		return nodes.stream().map(GNode::getId).collect(Collectors.toSet()).size();
	}
}
