package org.threatwright.report.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A diagram to lay out, independent of where it comes from: nodes (boxes with a name, a kind and a detail line),
 * groups (boxes that contain nodes and other groups) and edges between nodes. {@link ModelDiagram} builds one from a
 * system model; {@link ElkLayout} places it; {@link SvgDiagram} draws the result.
 */
public final class DiagramGraph {

	/**
	 * A node or a group.
	 *
	 * @param id     unique in the graph
	 * @param label  the name shown
	 * @param kind   what it is (shapes and colours follow it), e.g. {@code Gateway}, {@code TrustBoundary}
	 * @param detail a second line, possibly empty
	 * @param parent the id of the group it is in, or null at the top
	 * @param group  true for a group
	 */
	public record Item(String id, String label, String kind, String detail, String parent, boolean group) {
	}

	/**
	 * An edge between two nodes.
	 *
	 * @param id            unique in the graph
	 * @param source        a node id
	 * @param target        a node id
	 * @param label         the first label line, e.g. the flow name
	 * @param detail        the second label line, e.g. protocol and encryption; possibly empty
	 * @param bidirectional drawn with arrows at both ends
	 * @param warning       drawn as a warning (e.g. an unencrypted flow)
	 */
	public record Edge(String id, String source, String target, String label, String detail, boolean bidirectional,
			boolean warning) {
	}

	private final Map<String, Item> items = new LinkedHashMap<>();
	private final List<Edge> edges = new ArrayList<>();

	/** Adds a group inside {@code parent} (null: at the top); the parent must have been added first. */
	public DiagramGraph group(String id, String label, String kind, String parent) {
		return add(new Item(id, label, kind, "", parent, true));
	}

	/** Adds a node inside {@code parent} (null: at the top); the parent must have been added first. */
	public DiagramGraph node(String id, String label, String kind, String detail, String parent) {
		return add(new Item(id, label, kind, detail == null ? "" : detail, parent, false));
	}

	/** Adds an edge between two nodes added before. */
	public DiagramGraph edge(Edge edge) {
		Objects.requireNonNull(edge, "edge");
		requireNode(edge.source(), edge.id());
		requireNode(edge.target(), edge.id());
		edges.add(edge);
		return this;
	}

	private void requireNode(String id, String edgeId) {
		Item item = items.get(id);
		if (item == null || item.group()) {
			throw new IllegalArgumentException("edge " + edgeId + ": no node '" + id + "'");
		}
	}

	private DiagramGraph add(Item item) {
		Objects.requireNonNull(item.id(), "id");
		if (items.containsKey(item.id())) {
			throw new IllegalArgumentException("duplicate id '" + item.id() + "'");
		}
		if (item.parent() != null && (!items.containsKey(item.parent()) || !items.get(item.parent()).group())) {
			throw new IllegalArgumentException(item.id() + ": no group '" + item.parent() + "' (add parents first)");
		}
		items.put(item.id(), item);
		return this;
	}

	/** Nodes and groups in the order added (parents before children). */
	public List<Item> items() {
		return List.copyOf(items.values());
	}

	public Item item(String id) {
		return items.get(id);
	}

	public List<Edge> edges() {
		return Collections.unmodifiableList(edges);
	}
}
