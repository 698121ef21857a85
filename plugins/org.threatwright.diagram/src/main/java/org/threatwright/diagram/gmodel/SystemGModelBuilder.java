package org.threatwright.diagram.gmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPort;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.builder.impl.GPortBuilder;
import org.threatwright.analysis.api.Severity;
import org.threatwright.diagram.notation.Bounds;
import org.threatwright.diagram.notation.DiagramNotation;
import org.threatwright.diagram.notation.Point;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Interface;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;

/**
 * Derives the graphical model of the system diagram from the EMF system model and its notation: one node per
 * element (type per {@link ElementKind}), trust boundaries as containers nesting their members and inner
 * boundaries, one edge per data flow (protocol and encryption as arguments the client draws on the edge),
 * interfaces as ports on the bottom of their element, open findings as badge arguments. Element ids are the
 * model's UUIDs, so every diagram element maps back to its model element. Pure: reads, never changes the
 * model or the notation. O(elements + flows + memberships).
 */
public final class SystemGModelBuilder {

	/** Space between a boundary's border and its content, and for its title. */
	public static final double BOUNDARY_PADDING = 20;
	public static final double BOUNDARY_TITLE = 28;
	public static final double PORT_SIZE = 10;

	private final SystemModel model;
	private final DiagramNotation notation;
	private final FindingBadges badges;
	private final Containment containment;
	private int unplaced;

	public SystemGModelBuilder(SystemModel model, DiagramNotation notation, FindingBadges badges) {
		if (model == null || notation == null) {
			throw new IllegalArgumentException("model and notation are required");
		}
		this.model = model;
		this.notation = notation;
		this.badges = badges == null ? FindingBadges.none() : badges;
		this.containment = new Containment(model);
	}

	public GGraph build() {
		GGraphBuilder graph = new GGraphBuilder().id("tw-system").addArgument("modelId", String.valueOf(model.getId()));
		for (TrustBoundary boundary : model.getBoundaries()) {
			graph.add(boundaryNode(boundary));
		}
		for (Element element : model.getElements()) {
			if (containment.boundaryOf(element).isEmpty()) {
				graph.add(elementNode(element));
			}
		}
		for (DataFlow flow : model.getFlows()) {
			if (flow.getSource() != null && flow.getTarget() != null) {
				graph.add(flowEdge(flow));
			}
		}
		return graph.build();
	}

	private GNode boundaryNode(TrustBoundary boundary) {
		List<GModelElement> children = new ArrayList<>();
		for (TrustBoundary nested : boundary.getBoundaries()) {
			children.add(boundaryNode(nested));
		}
		for (Element member : boundary.getMembers()) {
			if (containment.boundaryOf(member).orElse(null) == boundary) {
				children.add(elementNode(member));
			}
		}
		Bounds stored = notation.bounds(boundary.getId()).orElseGet(() -> fallback(320, 200));
		double width = stored.width();
		double height = stored.height();
		for (GModelElement child : children) {
			GNode node = (GNode) child;
			width = Math.max(width, node.getPosition().getX() + node.getSize().getWidth() + BOUNDARY_PADDING);
			height = Math.max(height, node.getPosition().getY() + node.getSize().getHeight() + BOUNDARY_PADDING);
		}
		String name = nameOf(boundary.getName());
		GNodeBuilder node = new GNodeBuilder(DiagramTypes.BOUNDARY).id(boundary.getId())
				.position(stored.x(), stored.y()).size(width, height)
				.addArgument("name", name)
				.addArgument("kind", boundary.getKind() == null ? "" : boundary.getKind().getLiteral())
				.addArgument("trustLevel", boundary.getTrustLevel())
				.add(nameLabel(boundary.getId(), name, "start"));
		addBadges(node, boundary.getId());
		children.forEach(node::add);
		return node.build();
	}

	private GNode elementNode(Element element) {
		ElementKind kind = ElementKind.of(element);
		Bounds bounds = notation.bounds(element.getId())
				.orElseGet(() -> fallback(ElementKind.WIDTH, ElementKind.HEIGHT));
		String name = nameOf(element.getName());
		GNodeBuilder node = new GNodeBuilder(kind.nodeType()).id(element.getId())
				.position(bounds.x(), bounds.y()).size(bounds.width(), bounds.height())
				.addArgument("name", name).addArgument("kind", kind.label())
				.add(nameLabel(element.getId(), name, "middle"));
		addBadges(node, element.getId());
		List<Interface> interfaces = element.getInterfaces();
		for (int i = 0; i < interfaces.size(); i++) {
			node.add(port(interfaces.get(i), i, interfaces.size(), bounds));
		}
		return node.build();
	}

	private static GPort port(Interface iface, int index, int count, Bounds owner) {
		double step = owner.width() / (count + 1);
		return new GPortBuilder(DiagramTypes.INTERFACE).id(iface.getId())
				.position(step * (index + 1) - PORT_SIZE / 2, owner.height() - PORT_SIZE / 2).size(PORT_SIZE, PORT_SIZE)
				.addArgument("name", nameOf(iface.getName()))
				.addArgument("protocol", iface.getProtocol() == null ? "" : iface.getProtocol().getLiteral())
				.addArgument("exposure", iface.getExposure() == null ? "" : iface.getExposure().getLiteral())
				.build();
	}

	/** The name label; the client places it from its owner's size (centred, or top-left for boundaries). */
	private static GLabel nameLabel(String ownerId, String text, String align) {
		return new GLabelBuilder(DiagramTypes.NAME_LABEL).id(ownerId + DiagramTypes.NAME_LABEL_SUFFIX).text(text)
				.position(0, 0).addArgument("align", align).build();
	}

	private void addBadges(GNodeBuilder node, String id) {
		Map<Severity, Integer> counts = badges.of(id);
		if (counts.isEmpty()) {
			return;
		}
		Map<String, Object> args = new HashMap<>();
		counts.forEach((severity, count) -> args.put("findings." + severity.label(), count));
		args.put("findings", counts.values().stream().mapToInt(Integer::intValue).sum());
		args.put("findings.worst", counts.keySet().iterator().next().label());
		node.addArguments(args);
	}

	private GEdge flowEdge(DataFlow flow) {
		GEdgeBuilder edge = new GEdgeBuilder(DiagramTypes.FLOW).id(flow.getId())
				.sourceId(flow.getSource().getId()).targetId(flow.getTarget().getId())
				.addArgument("name", nameOf(flow.getName()))
				.addArgument("protocol", flow.getProtocol() == null ? "" : flow.getProtocol().getLiteral())
				.addArgument("encryption", flow.getEncryption() == null ? "" : flow.getEncryption().getLiteral())
				.addArgument("direction", flow.getDirection() == null ? "" : flow.getDirection().getLiteral());
		for (Point point : notation.route(flow.getId())) {
			edge.addRoutingPoint(point.x(), point.y());
		}
		Map<Severity, Integer> counts = badges.of(flow.getId());
		if (!counts.isEmpty()) {
			edge.addArgument("findings", counts.values().stream().mapToInt(Integer::intValue).sum());
			edge.addArgument("findings.worst", counts.keySet().iterator().next().label());
		}
		return edge.build();
	}

	/** A position for a node the notation does not know (normally laid out before; never overlapping). */
	private Bounds fallback(double width, double height) {
		int slot = unplaced++;
		return new Bounds(20 + (slot % 8) * 190, 20 + (slot / 8) * 100, width, height);
	}

	private static String nameOf(String name) {
		return name == null || name.isBlank() ? "(unnamed)" : name;
	}
}
