package org.threatwright.report.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a {@link DiagramGraph} with ELK's layered algorithm (left to right, orthogonal edges, groups laid out
 * together with their contents so that edges may cross group borders). Node sizes follow their text
 * ({@link TextMetrics}); groups are sized to hold their children and their title. The layered algorithm is roughly
 * O(n·e) in practice; a thousand nodes take about a second.
 */
public final class ElkLayout {

	static final double GROUP_TITLE = 26;
	private static final double PADDING = 14;

	static {
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private final DiagramGraph graph;
	private final Direction direction;

	/** Lays {@code graph} out left to right. */
	public ElkLayout(DiagramGraph graph) {
		this(graph, Direction.RIGHT);
	}

	/** Lays {@code graph} out with its flows in {@code direction}. */
	public ElkLayout(DiagramGraph graph, Direction direction) {
		this.graph = java.util.Objects.requireNonNull(graph, "graph");
		this.direction = java.util.Objects.requireNonNull(direction, "direction");
	}

	/** Computes the layout; each call lays the graph out anew. */
	public DiagramLayout layout() {
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root);
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		Map<String, ElkNode> nodes = new HashMap<>();
		for (DiagramGraph.Item item : graph.items()) {
			ElkNode parent = item.parent() == null ? root : nodes.get(item.parent());
			ElkNode node = ElkGraphUtil.createNode(parent);
			node.setIdentifier(item.id());
			if (item.group()) {
				configure(node);
				node.setProperty(CoreOptions.PADDING, new ElkPadding(GROUP_TITLE + PADDING, PADDING, PADDING, PADDING));
				node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
				node.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
						new KVector(TextMetrics.width(item.label(), TextMetrics.FONT_SIZE) + 2 * PADDING + 10, 60));
			} else {
				node.setDimensions(NodeSize.width(item), NodeSize.height(item));
			}
			nodes.put(item.id(), node);
		}
		Map<DiagramGraph.Edge, ElkEdge> edges = new HashMap<>();
		for (DiagramGraph.Edge edge : graph.edges()) {
			ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(nodes.get(edge.source()), nodes.get(edge.target()));
			ElkGraphUtil.updateContainment(elkEdge);
			if (!isTag(edge) && (!edge.label().isEmpty() || !edge.detail().isEmpty())) {
				ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elkEdge);
				label.setDimensions(EdgeLabelSize.width(edge), EdgeLabelSize.height(edge));
				label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			}
			edges.put(edge, elkEdge);
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		return collect(root, nodes, edges);
	}

	/**
	 * A short label without detail (a flow number) is a tag: ELK does not place it (a placed label takes a layer of its
	 * own and makes the diagram twice as wide); it goes on the middle of the route.
	 */
	static boolean isTag(DiagramGraph.Edge edge) {
		return edge.detail().isEmpty() && !edge.label().isEmpty() && edge.label().length() <= TAG_LENGTH;
	}

	static final int TAG_LENGTH = 5;

	private void configure(ElkNode node) {
		node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		node.setProperty(CoreOptions.DIRECTION, direction);
		node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		node.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		node.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
		node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
		node.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
	}

	private DiagramLayout collect(ElkNode root, Map<String, ElkNode> nodes, Map<DiagramGraph.Edge, ElkEdge> edges) {
		List<DiagramLayout.Box> boxes = new ArrayList<>();
		for (DiagramGraph.Item item : graph.items()) {
			ElkNode node = nodes.get(item.id());
			KVector at = absolute(node);
			int depth = 0;
			for (ElkNode p = node.getParent(); p != null && p != root; p = p.getParent()) {
				depth++;
			}
			boxes.add(new DiagramLayout.Box(item, at.x, at.y, node.getWidth(), node.getHeight(), depth));
		}
		// groups first, outer before inner, then nodes: drawing in this order paints children over parents
		boxes.sort(java.util.Comparator.comparing((DiagramLayout.Box b) -> !b.item().group())
				.thenComparingInt(DiagramLayout.Box::depth));
		List<DiagramLayout.Route> routes = new ArrayList<>();
		for (DiagramGraph.Edge edge : graph.edges()) {
			routes.add(route(edges.get(edge), edge));
		}
		return new DiagramLayout(root.getWidth(), root.getHeight(), boxes, routes);
	}

	private static DiagramLayout.Route route(ElkEdge elkEdge, DiagramGraph.Edge edge) {
		KVector offset = elkEdge.getContainingNode() == null ? new KVector() : absolute(elkEdge.getContainingNode());
		List<DiagramLayout.Point> points = new ArrayList<>();
		for (ElkEdgeSection section : elkEdge.getSections()) {
			points.add(new DiagramLayout.Point(offset.x + section.getStartX(), offset.y + section.getStartY()));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new DiagramLayout.Point(offset.x + bend.getX(), offset.y + bend.getY()));
			}
			points.add(new DiagramLayout.Point(offset.x + section.getEndX(), offset.y + section.getEndY()));
		}
		DiagramLayout.Box label = null;
		if (isTag(edge) && points.size() >= 2) {
			label = tagAt(edge, points);
		} else if (!elkEdge.getLabels().isEmpty()) {
			ElkLabel l = elkEdge.getLabels().get(0);
			label = new DiagramLayout.Box(new DiagramGraph.Item(edge.id() + "#label", edge.label(), "EdgeLabel", edge.detail(),
					null, false), offset.x + l.getX(), offset.y + l.getY(), l.getWidth(), l.getHeight(), 0);
		}
		return new DiagramLayout.Route(edge, points, label);
	}

	/** A tag's box centred on the middle of the route's longest segment. */
	private static DiagramLayout.Box tagAt(DiagramGraph.Edge edge, List<DiagramLayout.Point> points) {
		int longest = 0;
		double length = -1;
		for (int i = 0; i + 1 < points.size(); i++) {
			double l = Math.abs(points.get(i + 1).x() - points.get(i).x()) + Math.abs(points.get(i + 1).y() - points.get(i).y());
			if (l > length) {
				length = l;
				longest = i;
			}
		}
		double cx = (points.get(longest).x() + points.get(longest + 1).x()) / 2;
		double cy = (points.get(longest).y() + points.get(longest + 1).y()) / 2;
		double w = TextMetrics.width(edge.label(), 13) + 6;
		double h = 18;
		return new DiagramLayout.Box(new DiagramGraph.Item(edge.id() + "#label", edge.label(), "EdgeLabel", "", null, false),
				cx - w / 2, cy - h / 2, w, h, 0);
	}

	/** The position of {@code node} in the root's coordinates. */
	private static KVector absolute(ElkNode node) {
		KVector at = new KVector();
		for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
			at.x += n.getX();
			at.y += n.getY();
		}
		return at;
	}

	/** Node sizes from their text: a small kind line, the wrapped name, the detail line. */
	static final class NodeSize {
		private NodeSize() {
		}

		static double width(DiagramGraph.Item item) {
			double text = TextMetrics.width(item.kind(), TextMetrics.SMALL_FONT_SIZE);
			for (String line : TextMetrics.wrap(item.label())) {
				text = Math.max(text, TextMetrics.width(line, TextMetrics.FONT_SIZE));
			}
			text = Math.max(text, TextMetrics.width(item.detail(), TextMetrics.SMALL_FONT_SIZE));
			return Math.max(110, Math.ceil(text + 28));
		}

		static double height(DiagramGraph.Item item) {
			return Math.ceil(12 + TextMetrics.SMALL_LINE_HEIGHT + TextMetrics.wrap(item.label()).size() * TextMetrics.LINE_HEIGHT
					+ (item.detail().isEmpty() ? 0 : TextMetrics.SMALL_LINE_HEIGHT));
		}
	}

	/** Edge label sizes: name and detail, each on a line. */
	static final class EdgeLabelSize {
		private EdgeLabelSize() {
		}

		static double width(DiagramGraph.Edge edge) {
			return Math.ceil(Math.max(TextMetrics.width(edge.label(), TextMetrics.SMALL_FONT_SIZE),
					TextMetrics.width(edge.detail(), TextMetrics.SMALL_FONT_SIZE)) + 6);
		}

		static double height(DiagramGraph.Edge edge) {
			return (edge.label().isEmpty() || edge.detail().isEmpty() ? 1 : 2) * TextMetrics.SMALL_LINE_HEIGHT + 4;
		}
	}
}
