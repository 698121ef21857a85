package org.threatwright.report.layout;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Encryption;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.Protocol;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;

/**
 * The diagram of a system model: elements as nodes, trust boundaries as nested groups (an element listed by several
 * boundaries is drawn in the first, deepest one met), data flows as edges labelled with their protocol and encryption;
 * unencrypted flows are marked as warnings. Linear in the size of the model.
 */
public final class ModelDiagram {

	private ModelDiagram() {
	}

	/** How flows are labelled. */
	public enum FlowLabels {
		/** Name on one line, protocol and encryption on the next. */
		FULL,
		/** Only a number {@code F1, F2, ...} (in model order) for a legend that lists the flows; compact. */
		NUMBERED
	}

	/** The diagram with {@link FlowLabels#FULL} flow labels. */
	public static DiagramGraph of(SystemModel model) {
		return of(model, FlowLabels.FULL);
	}

	/** The number {@link FlowLabels#NUMBERED} gives the flow at {@code index} in the model's flow list. */
	public static String flowNumber(int index) {
		return "F" + (index + 1);
	}

	public static DiagramGraph of(SystemModel model, FlowLabels labels) {
		DiagramGraph graph = new DiagramGraph();
		Map<Element, String> parentOf = new HashMap<>();
		for (TrustBoundary boundary : model.getBoundaries()) {
			addBoundary(graph, boundary, null, parentOf);
		}
		for (Element element : model.getElements()) {
			graph.node(element.getId(), nameOf(element.getName(), element.getId()), element.eClass().getName(),
					"", parentOf.get(element));
		}
		for (int i = 0; i < model.getFlows().size(); i++) {
			DataFlow flow = model.getFlows().get(i);
			if (flow.getSource() == null || flow.getTarget() == null || graph.item(flow.getSource().getId()) == null
					|| graph.item(flow.getTarget().getId()) == null) {
				continue; // a dangling flow is a validation error; the diagram shows what can be drawn
			}
			String name = flow.getName() == null ? "" : flow.getName();
			graph.edge(new DiagramGraph.Edge(flow.getId(), flow.getSource().getId(), flow.getTarget().getId(),
					labels == FlowLabels.FULL ? name : flowNumber(i), labels == FlowLabels.FULL ? detail(flow) : "",
					flow.getDirection() == FlowDirection.BIDIRECTIONAL, unencrypted(flow)));
		}
		return graph;
	}

	private static void addBoundary(DiagramGraph graph, TrustBoundary boundary, String parent, Map<Element, String> parentOf) {
		if (graph.item(boundary.getId()) != null) {
			return;
		}
		String kind = boundary.getKind() == null || boundary.getKind() == org.threatwright.model.BoundaryKind.UNSPECIFIED ? ""
				: boundary.getKind().getLiteral();
		graph.group(boundary.getId(), nameOf(boundary.getName(), boundary.getId()) + (kind.isEmpty() ? "" : " (" + kind + ")"),
				"TrustBoundary", parent);
		for (TrustBoundary nested : boundary.getBoundaries()) {
			addBoundary(graph, nested, boundary.getId(), parentOf);
		}
		for (Element member : boundary.getMembers()) {
			parentOf.putIfAbsent(member, boundary.getId());
		}
	}

	private static String nameOf(String name, String id) {
		return name == null || name.isBlank() ? id : name;
	}

	private static boolean unencrypted(DataFlow flow) {
		return flow.getEncryption() == Encryption.NONE;
	}

	/** {@code mqtts, transport-encrypted}; {@code http, unencrypted}. */
	static String detail(DataFlow flow) {
		String protocol = flow.getProtocol() == null || flow.getProtocol() == Protocol.UNKNOWN ? "protocol?"
				: flow.getProtocol().getLiteral();
		String encryption = switch (flow.getEncryption() == null ? Encryption.UNKNOWN : flow.getEncryption()) {
			case NONE -> "unencrypted";
			case TRANSPORT -> "TLS";
			case END_TO_END -> "end-to-end";
				default -> "enc?";
		};
		return protocol.toLowerCase(Locale.ROOT) + ", " + encryption;
	}
}
