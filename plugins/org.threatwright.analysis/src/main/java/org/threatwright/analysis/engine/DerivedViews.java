package org.threatwright.analysis.engine;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.threatwright.analysis.graph.Hosting;
import org.threatwright.analysis.graph.ModelOrder;
import org.threatwright.analysis.graph.SupplyChainGraph;
import org.threatwright.analysis.graph.SystemGraph;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;

/**
 * The views rules read (data-flow graph, trust zones, supply chain, hosting), kept up to date with a changing model
 * instead of being rebuilt: an attribute edit leaves them as they are, a structural one updates just the
 * flows, elements and suppliers it touched. Cost per update: O(touched objects × their degree).
 */
final class DerivedViews {

	private final SystemModel model;
	private final ModelOrder order;
	private SystemGraph graph;
	private TrustZones zones;
	private SupplyChainGraph supplyChain;
	private Hosting hosting;

	DerivedViews(SystemModel model, ModelOrder order) {
		this.model = model;
		this.order = order;
		rebuild();
	}

	/** Builds every view again from the model: after a change the views cannot follow (a boundary moved). */
	void rebuild() {
		graph = SystemGraph.updatable(model, order);
		zones = TrustZones.of(model);
		supplyChain = SupplyChainGraph.updatable(model, order);
		hosting = Hosting.updatable(model, order);
	}

	Hosting hosting() {
		return hosting;
	}

	SystemGraph graph() {
		return graph;
	}

	TrustZones zones() {
		return zones;
	}

	SupplyChainGraph supplyChain() {
		return supplyChain;
	}

	/**
	 * Applies the structural changes in {@code changes}. Flows that ended at a removed element, or at an added
	 * one, are added to the log's touched flows, since their place in the graph changed too.
	 */
	void update(ChangeLog changes) {
		changes.rezoned.forEach(hosting::refresh); // hosting changed, or the element came or went
		for (Element element : changes.addedOrRemovedElements) {
			changes.flows.addAll(graph.flowsOfAnyOrder(element)); // before the vertex and its edges go
			if (element.eContainer() == model) {
				graph.addElement(element);
				changes.flows.addAll(graph.flowsOfAnyOrder(element));
			} else {
				graph.removeElement(element);
			}
		}
		for (DataFlow flow : changes.rewired) {
			graph.refreshFlow(flow);
		}
		if (!changes.rezoned.isEmpty()) {
			Set<Element> rezoned = Collections.newSetFromMap(new IdentityHashMap<>());
			changes.rezoned.forEach(element -> rezoned.addAll(hosting.withEverythingOn(element)));
			zones.refresh(rezoned);
		}
		changes.resupplied.forEach(supplyChain::refreshElement);
		for (Supplier supplier : changes.addedOrRemovedSuppliers) {
			supplyChain.refreshSupplier(supplier);
		}
	}
}
