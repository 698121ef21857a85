package org.threatwright.analysis.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

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
 *
 * <p>An {@link #updatable(SystemModel, ModelOrder) updatable} graph follows model changes in place:
 * {@link #refreshElement} re-reads one element's components in O(its components), {@link #refreshSupplier}
 * one supplier; answers are then put in model order by a {@link ModelOrder}. It must not change while rules
 * read it.
 */
public final class SupplyChainGraph {

	private final SystemModel model;
	private final Graph<ModelElement, DefaultEdge> editable = new SimpleDirectedGraph<>(DefaultEdge.class);
	private final Graph<ModelElement, DefaultEdge> graph = new AsUnmodifiableGraph<>(editable);
	/** Null for a graph built once, whose edges were added in model order. */
	private final ModelOrder order;
	private List<Component> components;

	private SupplyChainGraph(SystemModel model, ModelOrder order) {
		this.model = model;
		this.order = order;
		model.getSuppliers().forEach(editable::addVertex);
		for (Element element : model.getElements()) {
			editable.addVertex(element);
			element.getComponents().forEach(component -> addComponent(element, component));
		}
		components = componentsInModel();
	}

	public static SupplyChainGraph of(SystemModel model) {
		return new SupplyChainGraph(model, null);
	}

	/** A graph that can follow changes of {@code model}, putting answers in the order {@code order} keeps. */
	public static SupplyChainGraph updatable(SystemModel model, ModelOrder order) {
		return new SupplyChainGraph(model, java.util.Objects.requireNonNull(order, "order"));
	}

	private void addComponent(ModelElement parent, Component component) {
		Graphs.addEdgeWithVertices(editable, parent, component);
		Supplier supplier = component.getSupplier();
		if (supplier != null) {
			Graphs.addEdgeWithVertices(editable, component, supplier);
		}
		component.getComponents().forEach(child -> addComponent(component, child));
	}

	public Graph<ModelElement, DefaultEdge> graph() {
		return graph;
	}

	/**
	 * Every component of the model, nested ones included, in model order. After an update, collected again
	 * on first use (rules of an incremental analysis ask for their focus's components instead).
	 */
	public synchronized List<Component> components() {
		if (components == null) {
			components = componentsInModel();
		}
		return components;
	}

	/** The components {@code supplier} supplies, nested ones included, in model order: its predecessors in the graph. */
	public List<Component> componentsSuppliedBy(Supplier supplier) {
		if (!graph.containsVertex(supplier)) {
			return List.of();
		}
		var supplied = graph.incomingEdgesOf(supplier).stream().map(graph::getEdgeSource).map(Component.class::cast);
		return order == null ? supplied.toList() : supplied.sorted(Comparator.comparingLong(order::position)).toList();
	}

	/**
	 * Re-reads the components of an element whose components, or their suppliers, changed, or which was
	 * added to or removed from the model. Not while rules read this graph.
	 */
	public void refreshElement(Element element) {
		checkUpdatable();
		Set<Supplier> formerSuppliers = new java.util.HashSet<>();
		if (editable.containsVertex(element)) {
			removeComponentsBelow(element, formerSuppliers);
		}
		if (element.eContainer() == model) {
			editable.addVertex(element);
			element.getComponents().forEach(component -> addComponent(element, component));
		} else {
			editable.removeVertex(element);
		}
		formerSuppliers.forEach(this::dropIfUnused);
		components = null;
	}

	/** Follows a supplier's addition to or removal from the model. Not while rules read this graph. */
	public void refreshSupplier(Supplier supplier) {
		checkUpdatable();
		if (supplier.eContainer() == model) {
			editable.addVertex(supplier);
		} else {
			dropIfUnused(supplier);
		}
	}

	private void removeComponentsBelow(ModelElement parent, Set<Supplier> formerSuppliers) {
		for (ModelElement child : Graphs.successorListOf(editable, parent)) {
			if (child instanceof Component component) {
				removeComponentsBelow(component, formerSuppliers);
				editable.removeVertex(component);
			} else if (child instanceof Supplier supplier) {
				formerSuppliers.add(supplier);
			}
		}
	}

	/** A supplier stays a vertex while it is in the model or a component still names it, as in a fresh build. */
	private void dropIfUnused(Supplier supplier) {
		if (supplier.eContainer() != model && editable.containsVertex(supplier) && editable.inDegreeOf(supplier) == 0) {
			editable.removeVertex(supplier);
		}
	}

	private List<Component> componentsInModel() {
		List<Component> all = new ArrayList<>();
		for (Element element : model.getElements()) {
			element.getComponents().forEach(component -> collect(component, all));
		}
		return List.copyOf(all);
	}

	private static void collect(Component component, List<Component> into) {
		into.add(component);
		component.getComponents().forEach(child -> collect(child, into));
	}

	private void checkUpdatable() {
		if (order == null) {
			throw new IllegalStateException("this graph was built for one analysis; use SupplyChainGraph.updatable");
		}
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
