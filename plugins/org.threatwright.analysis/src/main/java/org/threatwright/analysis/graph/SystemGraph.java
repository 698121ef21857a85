package org.threatwright.analysis.graph;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;

/**
 * The data-flow view of a model: elements as vertices, flows as directed edges from source to target (several
 * flows between the same pair, and flows of an element to itself, are kept). Built once per analysis in time
 * linear in elements plus flows; flows missing an end are left out (validation refuses such models).
 *
 * <p>An {@link #updatable(SystemModel, ModelOrder) updatable} graph follows model changes in place, each in
 * O(1) plus the element's degree ({@link #addElement}, {@link #removeElement}, {@link #refreshFlow}), and
 * orders flows by a {@link ModelOrder} kept up to date by its owner. It must not change while rules read it.
 */
public final class SystemGraph {

	private final SystemModel model;
	private final Graph<Element, DataFlow> editable;
	private final Graph<Element, DataFlow> graph;
	private final ToLongFunction<DataFlow> flowOrder;
	private final boolean updatable;
	/** Flows of the model left out for a missing end (validation refuses them), to connect when the end comes back. */
	private final Set<DataFlow> unconnected = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

	private SystemGraph(SystemModel model, ToLongFunction<DataFlow> flowOrder, boolean updatable) {
		this.model = model;
		this.editable = new DirectedPseudograph<>(DataFlow.class);
		this.graph = new AsUnmodifiableGraph<>(editable);
		this.updatable = updatable;
		model.getElements().forEach(editable::addVertex);
		Map<DataFlow, Long> order = updatable ? null : new IdentityHashMap<>();
		for (DataFlow flow : model.getFlows()) {
			if (addIfConnected(flow)) {
				if (order != null) {
					order.put(flow, (long) order.size());
				}
			} else if (updatable) {
				unconnected.add(flow);
			}
		}
		this.flowOrder = order != null ? order::get : flowOrder;
	}

	public static SystemGraph of(SystemModel model) {
		return new SystemGraph(model, null, false);
	}

	/** A graph that can follow changes of {@code model}, ordering flows by {@code order}. */
	public static SystemGraph updatable(SystemModel model, ModelOrder order) {
		return new SystemGraph(model, order::position, true);
	}

	/** The read-only JGraphT graph, for algorithms. */
	public Graph<Element, DataFlow> graph() {
		return graph;
	}

	public Set<DataFlow> incoming(Element element) {
		return graph.incomingEdgesOf(element);
	}

	public Set<DataFlow> outgoing(Element element) {
		return graph.outgoingEdgesOf(element);
	}

	/** Flows into and out of {@code element}, in model order. */
	public List<DataFlow> flowsOf(Element element) {
		return graph.edgesOf(element).stream().sorted(Comparator.comparingLong(flowOrder)).toList();
	}

	/** Flows into and out of {@code element}, in no particular order; empty if it is not in the graph. */
	public Set<DataFlow> flowsOfAnyOrder(Element element) {
		return graph.containsVertex(element) ? graph.edgesOf(element) : Set.of();
	}

	/**
	 * Adds an element that was added to the model, and connects the model's flows that were left out for
	 * want of it. O(flows left out), none in a valid model.
	 */
	public void addElement(Element element) {
		checkUpdatable();
		if (element.eContainer() == model && editable.addVertex(element)) {
			for (DataFlow flow : List.copyOf(unconnected)) {
				if (flow.getSource() == element || flow.getTarget() == element) {
					refreshFlow(flow);
				}
			}
		}
	}

	/** Removes an element that was removed from the model; flows that still end at it are left out until it comes back. */
	public void removeElement(Element element) {
		checkUpdatable();
		if (editable.containsVertex(element)) {
			for (DataFlow flow : List.copyOf(editable.edgesOf(element))) {
				editable.removeEdge(flow);
				if (flow.eContainer() == model) {
					unconnected.add(flow);
				}
			}
			editable.removeVertex(element);
		}
	}

	/** Puts a flow that was added, removed or reconnected where the model now has it: between its ends, or nowhere. */
	public void refreshFlow(DataFlow flow) {
		checkUpdatable();
		editable.removeEdge(flow);
		unconnected.remove(flow);
		if (flow.eContainer() == model && !addIfConnected(flow)) {
			unconnected.add(flow);
		}
	}

	private boolean addIfConnected(DataFlow flow) {
		Element source = flow.getSource();
		Element target = flow.getTarget();
		if (source != null && target != null && editable.containsVertex(source) && editable.containsVertex(target)) {
			return editable.addEdge(source, target, flow);
		}
		return false;
	}

	private void checkUpdatable() {
		if (!updatable) {
			throw new IllegalStateException("this graph was built for one analysis; use SystemGraph.updatable");
		}
	}
}
