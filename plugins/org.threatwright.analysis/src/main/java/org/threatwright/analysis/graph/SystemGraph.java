package org.threatwright.analysis.graph;

import java.util.List;
import java.util.Set;

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
 */
public final class SystemGraph {

	private final Graph<Element, DataFlow> graph;
	private final java.util.Map<DataFlow, Integer> flowOrder = new java.util.IdentityHashMap<>();

	private SystemGraph(Graph<Element, DataFlow> graph) {
		this.graph = new AsUnmodifiableGraph<>(graph);
		graph.edgeSet().forEach(flow -> flowOrder.put(flow, flowOrder.size()));
	}

	public static SystemGraph of(SystemModel model) {
		Graph<Element, DataFlow> graph = new DirectedPseudograph<>(DataFlow.class);
		model.getElements().forEach(graph::addVertex);
		for (DataFlow flow : model.getFlows()) {
			Element source = flow.getSource();
			Element target = flow.getTarget();
			if (source != null && target != null && graph.containsVertex(source) && graph.containsVertex(target)) {
				graph.addEdge(source, target, flow);
			}
		}
		return new SystemGraph(graph);
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
		return graph.edgesOf(element).stream().sorted(java.util.Comparator.comparingInt(flowOrder::get)).toList();
	}
}
