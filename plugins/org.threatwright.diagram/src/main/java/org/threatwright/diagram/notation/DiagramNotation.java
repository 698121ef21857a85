package org.threatwright.diagram.notation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The layout of one system diagram, kept apart from the semantic model: node bounds and flow routing points
 * by model element id. It knows nothing of the model's meaning; an id the model no longer has is ignored by
 * the diagram and dropped on {@link #retainOnly(java.util.Set) clean-up}. Not thread-safe: it is changed
 * only by commands on the model's command stack.
 */
public final class DiagramNotation {

	private final Map<String, Bounds> bounds = new TreeMap<>();
	private final Map<String, List<Point>> routes = new TreeMap<>();

	public Optional<Bounds> bounds(String id) {
		return Optional.ofNullable(bounds.get(id));
	}

	public boolean hasBounds(String id) {
		return bounds.containsKey(id);
	}

	/** Sets (or with {@code null} removes) the bounds of {@code id}; returns the previous value. */
	public Bounds putBounds(String id, Bounds value) {
		return value == null ? bounds.remove(id) : bounds.put(id, value);
	}

	/** The routing points of flow {@code id}; empty if it is drawn straight. */
	public List<Point> route(String id) {
		return routes.getOrDefault(id, List.of());
	}

	/** Sets the routing points of {@code id} (empty or {@code null}: straight); returns the previous ones. */
	public List<Point> putRoute(String id, List<Point> points) {
		List<Point> previous = route(id);
		if (points == null || points.isEmpty()) {
			routes.remove(id);
		} else {
			routes.put(id, List.copyOf(points));
		}
		return previous;
	}

	public Map<String, Bounds> allBounds() {
		return Collections.unmodifiableMap(bounds);
	}

	public Map<String, List<Point>> allRoutes() {
		return Collections.unmodifiableMap(routes);
	}

	public boolean isEmpty() {
		return bounds.isEmpty() && routes.isEmpty();
	}

	/** Drops entries of ids not in {@code liveIds} (elements deleted from the model). */
	public void retainOnly(java.util.Set<String> liveIds) {
		bounds.keySet().retainAll(liveIds);
		routes.keySet().retainAll(liveIds);
	}

	/** A snapshot copy (for commands that must restore a whole layout). */
	public DiagramNotation copy() {
		DiagramNotation copy = new DiagramNotation();
		copy.bounds.putAll(bounds);
		copy.routes.putAll(routes);
		return copy;
	}

	/** Replaces everything with the content of {@code other}. */
	public void replaceWith(DiagramNotation other) {
		Map<String, Bounds> newBounds = new LinkedHashMap<>(other.bounds);
		Map<String, List<Point>> newRoutes = new LinkedHashMap<>(other.routes);
		bounds.clear();
		routes.clear();
		bounds.putAll(newBounds);
		routes.putAll(newRoutes);
	}

	@Override
	public String toString() {
		return "DiagramNotation" + new ArrayList<>(bounds.entrySet());
	}
}
