package org.threatwright.analysis.graph;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.threatwright.model.Component;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;

/**
 * The supply chain as a graph: element → component (built in), component → sub-component, component →
 * supplier. Answers "which elements does this supplier's code reach" by reachability.
 */
public final class SupplyChainGraph {

	private final Graph<ModelElement, DefaultEdge> graph;
	private final List<Component> components;

	private SupplyChainGraph(Graph<ModelElement, DefaultEdge> graph, List<Component> components) {
		this.graph = new AsUnmodifiableGraph<>(graph);
		this.components = List.copyOf(components);
	}

	public static SupplyChainGraph of(SystemModel model) {
		Graph<ModelElement, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
		List<Component> components = new java.util.ArrayList<>();
		model.getSuppliers().forEach(graph::addVertex);
		for (Element element : model.getElements()) {
			graph.addVertex(element);
			element.getComponents().forEach(component -> addComponent(graph, element, component, components));
		}
		return new SupplyChainGraph(graph, components);
	}

	private static void addComponent(Graph<ModelElement, DefaultEdge> graph, ModelElement parent, Component component,
			List<Component> components) {
		components.add(component);
		Graphs.addEdgeWithVertices(graph, parent, component);
		Supplier supplier = component.getSupplier();
		if (supplier != null) {
			Graphs.addEdgeWithVertices(graph, component, supplier);
		}
		component.getComponents().forEach(child -> addComponent(graph, component, child, components));
	}

	public Graph<ModelElement, DefaultEdge> graph() {
		return graph;
	}

	/** Every component of the model, nested ones included, in model order. */
	public List<Component> components() {
		return components;
	}

	/** The components {@code supplier} supplies, nested ones included, in model order: its predecessors in the graph. */
	public List<Component> componentsSuppliedBy(Supplier supplier) {
		if (!graph.containsVertex(supplier)) {
			return List.of();
		}
		return graph.incomingEdgesOf(supplier).stream().map(graph::getEdgeSource).map(Component.class::cast).toList();
	}

	/** The element a component is built into, through any nesting. */
	public static Element elementOf(Component component) {
		for (EObject current = component; current != null; current = current.eContainer()) {
			if (current instanceof Element element) {
				return element;
			}
		}
		throw new IllegalStateException(component + " is not inside an element");
	}
}
