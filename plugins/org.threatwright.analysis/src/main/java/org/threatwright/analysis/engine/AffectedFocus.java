package org.threatwright.analysis.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.analysis.api.AnalysisFocus;
import org.threatwright.analysis.graph.Hosting;
import org.threatwright.analysis.graph.ModelOrder;
import org.threatwright.analysis.graph.SupplyChainGraph;
import org.threatwright.analysis.graph.SystemGraph;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.Component;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;

/**
 * Which elements, flows and suppliers must be evaluated again after the changes in a {@link ChangeLog}: first
 * those whose findings may read what changed (generously), then the closure that lets a focused run produce
 * every finding filed under them.
 *
 * <p><b>Affected</b>, for what changed:
 * <ul>
 * <li>an element (an attribute, its name, interfaces, components, update mechanism, data assets, hosting,
 * boundary membership, its presence): the element, everything hosted on it (they name it, inherit its zone
 * and its safety relevance), what it is hosted on (a device reports the ports and secrets of what runs on
 * it), the flows of all of these, and two hops back: the flows into the source of each flow into the
 * element (a flow into an intermediary reports, by name, the onward flows the intermediary relays its data
 * over);</li>
 * <li>a flow (an attribute, its data): the flow and, two hops back, the flows into its source; if it was
 * added, removed or reconnected, also its ends (their counts of flows change; old ends are recorded as
 * changed elements);</li>
 * <li>a data asset: every element that holds it and what those run on, every flow that carries it;</li>
 * <li>a supplier's attributes: the supplier and the elements its components are built into; a change of
 * the components it supplies (a component renamed, added, removed or re-supplied): the supplier only, whose
 * findings list them;</li>
 * <li>a boundary's attribute: every element whose chain of boundaries contains it, and their flows.</li>
 * </ul>
 * <b>Closure</b> (what a focused run needs to re-create every finding filed under the focus, see
 * {@link FindingIndex}): everything hosted on a focus element (a finding about a device may come from an
 * element on it, e.g. an unencrypted store on the device), and every flow of a focus element (a finding about
 * an element may come from a flow into it).
 *
 * <p>Cost: the size of the answer times the elements' degrees, plus one pass over elements and flows per
 * changed data asset or boundary.
 */
final class AffectedFocus {

	/** The units to replace findings of (including removed ones) and the focus to evaluate. */
	record Result(Set<EObject> units, AnalysisFocus focus) {
	}

	private final SystemModel model;
	private final SystemGraph graph;
	private final Hosting hosting;
	private final Set<Element> elements = identitySet();
	private final Set<DataFlow> flows = identitySet();
	private final Set<Supplier> suppliers = identitySet();

	private AffectedFocus(SystemModel model, SystemGraph graph, Hosting hosting) {
		this.model = model;
		this.graph = graph;
		this.hosting = hosting;
	}

	static Result of(SystemModel model, ChangeLog changes, DerivedViews views, ModelOrder order) {
		AffectedFocus focus = new AffectedFocus(model, views.graph(), views.hosting());
		changes.elements.forEach(focus::elementChanged);
		changes.flows.forEach(flow -> focus.flowChanged(flow, changes.rewired.contains(flow)));
		changes.assets.forEach(focus::assetChanged);
		changes.suppliers.forEach(supplier -> focus.supplierChanged(supplier, views.supplyChain()));
		focus.suppliers.addAll(changes.listings);
		changes.boundaries.forEach(boundary -> focus.boundaryChanged(boundary, views.zones()));
		focus.close();
		return focus.result(order);
	}

	private void elementChanged(Element element) {
		Set<Element> hosted = hosting.withEverythingOn(element);
		elements.addAll(hosted);
		elements.addAll(Hosting.hostsOf(element));
		hosted.forEach(each -> flows.addAll(graph.flowsOfAnyOrder(each)));
		if (graph.graph().containsVertex(element)) {
			graph.incoming(element).forEach(this::relayedBy);
		}
	}

	private void flowChanged(DataFlow flow, boolean rewired) {
		flows.add(flow);
		if (rewired) { // the ends' counts of flows changed, and the closure takes all their flows
			addIfPresent(flow.getSource());
			addIfPresent(flow.getTarget());
		}
		relayedBy(flow);
	}

	/**
	 * Two hops back: the flows into {@code onward}'s source, which may report {@code onward} as a flow their
	 * data is relayed over, naming it and its ends ({@code boundary-end-to-end-needed}).
	 */
	private void relayedBy(DataFlow onward) {
		Element intermediary = onward.getSource();
		if (intermediary != null && graph.graph().containsVertex(intermediary)) {
			flows.addAll(graph.incoming(intermediary));
		}
	}

	private void addIfPresent(Element element) {
		if (element != null) {
			elements.add(element);
		}
	}

	private void assetChanged(DataAsset asset) {
		for (Element element : model.getElements()) {
			if (element.getDataAssets().contains(asset)) {
				elements.add(element);
				elements.addAll(Hosting.hostsOf(element));
			}
		}
		for (DataFlow flow : model.getFlows()) {
			if (flow.getDataAssets().contains(asset)) {
				flows.add(flow);
			}
		}
	}

	private void supplierChanged(Supplier supplier, SupplyChainGraph supplyChain) {
		suppliers.add(supplier);
		for (Component component : supplyChain.componentsSuppliedBy(supplier)) {
			elements.add(SupplyChainGraph.elementOf(component));
		}
	}

	private void boundaryChanged(TrustBoundary boundary, TrustZones zones) {
		for (Element element : model.getElements()) {
			if (zones.chain(element).contains(boundary)) {
				elements.add(element);
				flows.addAll(graph.flowsOfAnyOrder(element));
			}
		}
	}

	/** Adds what runs on each focus element, then every flow of a focus element. */
	private void close() {
		for (Element element : List.copyOf(elements)) {
			elements.addAll(hosting.withEverythingOn(element));
		}
		for (Element element : elements) {
			flows.addAll(graph.flowsOfAnyOrder(element));
		}
	}

	private Result result(ModelOrder order) {
		Set<EObject> units = identitySet();
		units.addAll(elements);
		units.addAll(flows);
		units.addAll(suppliers);
		return new Result(units, new AnalysisFocus(inModel(elements, order), inModel(flows, order), inModel(suppliers, order)));
	}

	private <T extends EObject> List<T> inModel(Collection<T> objects, ModelOrder order) {
		return objects.stream().filter(object -> object.eContainer() == model)
				.sorted(Comparator.comparingLong(order::position)).toList();
	}

	private static <T> Set<T> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}
}
