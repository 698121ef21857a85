package org.threatwright.diagram.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.threatwright.diagram.gmodel.Containment;
import org.threatwright.diagram.gmodel.ElementKind;
import org.threatwright.diagram.gmodel.SystemGModelBuilder;
import org.threatwright.diagram.notation.Bounds;
import org.threatwright.diagram.notation.DiagramNotation;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;

/**
 * ELK layered layout of the whole system diagram: trust boundaries are compound nodes laid out together with
 * their content (hierarchy handling "include children"), data flows left to right. The result is new bounds
 * for every element and boundary, positions relative to the container each is drawn in — exactly what the
 * notation stores. Element sizes stay as the notation has them (default size otherwise). Runs in roughly
 * O((n + e) log n) per layer sweep; a 1,000-element model takes about a second (docs/performance.md).
 */
public final class ElkDiagramLayout {

	private static final double NODE_SPACING = 30;
	private static final double LAYER_SPACING = 60;

	static {
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private final SystemModel model;
	private final DiagramNotation notation;

	public ElkDiagramLayout(SystemModel model, DiagramNotation notation) {
		if (model == null || notation == null) {
			throw new IllegalArgumentException("model and notation are required");
		}
		this.model = model;
		this.notation = notation;
	}

	/** Lays out everything; returns new bounds by id (boundaries and elements), the notation is not changed. */
	public Map<String, Bounds> layout() {
		Containment containment = new Containment(model);
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root);
		Map<Object, ElkNode> nodes = new LinkedHashMap<>();
		for (TrustBoundary boundary : model.getBoundaries()) {
			addBoundary(root, boundary, nodes);
		}
		for (Element element : model.getElements()) {
			ElkNode parent = containment.boundaryOf(element).map(nodes::get).orElse(root);
			nodes.put(element, leaf(parent, element.getId(), element));
		}
		for (DataFlow flow : model.getFlows()) {
			ElkNode source = nodes.get(flow.getSource());
			ElkNode target = nodes.get(flow.getTarget());
			if (source != null && target != null && source != target) {
				ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
				ElkGraphUtil.updateContainment(edge);
			}
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		Map<String, Bounds> result = new HashMap<>();
		nodes.values().forEach(node -> result.put(node.getIdentifier(),
				new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight())));
		return result;
	}

	private void addBoundary(ElkNode parent, TrustBoundary boundary, Map<Object, ElkNode> nodes) {
		ElkNode node = ElkGraphUtil.createNode(parent);
		node.setIdentifier(boundary.getId());
		configure(node);
		node.setProperty(CoreOptions.PADDING, new ElkPadding(SystemGModelBuilder.BOUNDARY_TITLE + 4,
				SystemGModelBuilder.BOUNDARY_PADDING, SystemGModelBuilder.BOUNDARY_PADDING, SystemGModelBuilder.BOUNDARY_PADDING));
		nodes.put(boundary, node);
		for (TrustBoundary nested : boundary.getBoundaries()) {
			addBoundary(node, nested, nodes);
		}
	}

	private ElkNode leaf(ElkNode parent, String id, Element element) {
		ElkNode node = ElkGraphUtil.createNode(parent);
		node.setIdentifier(id);
		Bounds stored = notation.bounds(id).orElse(null);
		node.setWidth(stored == null ? ElementKind.WIDTH : stored.width());
		node.setHeight(stored == null ? ElementKind.HEIGHT : stored.height());
		return node;
	}

	private static void configure(ElkNode node) {
		node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		node.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		node.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
		node.setProperty(CoreOptions.PADDING, new ElkPadding(20));
	}
}
