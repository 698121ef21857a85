package org.threatwright.analysis.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.threatwright.analysis.graph.Hosting;
import org.threatwright.analysis.graph.SupplyChainGraph;
import org.threatwright.analysis.graph.SystemGraph;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.Component;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;

/**
 * What rules see: the model, its data-flow graph, its trust zones, its supply chain, who runs on what, and the date the
 * analysis is made for (so that "past its end of support" gives the same answer on every run of a given
 * day). The derived views are built once, on first use, and shared by all rules, which may run in parallel:
 * the views are immutable once built.
 *
 * <p><b>What a rule iterates.</b> A rule finds its candidates through {@link #elements()},
 * {@link #elements(Class)}, {@link #flows()}, {@link #components()} and {@link #suppliers()}, never by
 * walking {@link #model()} itself. In a full analysis they return everything in the model; in an incremental
 * one (a context with an {@link AnalysisFocus}) only the part whose findings may have changed, so that the
 * rule re-evaluates just that part. Look-ups around a candidate (its flows, its zone, what runs on its
 * device, who supplies it) still see the whole model. A rule that walks the model anyway stays correct (the
 * engine keeps only findings about the focus) but is slow in incremental analyses.
 */
public final class AnalysisContext {

	private final SystemModel model;
	private final LocalDate evaluationDate;
	private final AnalysisFocus focus;
	private SystemGraph systemGraph;
	private TrustZones trustZones;
	private SupplyChainGraph supplyChain;
	private Hosting hosting;
	private List<DataFlow> connectedFlows;

	/** A context for a full analysis; the derived views are built on first use. */
	public AnalysisContext(SystemModel model, LocalDate evaluationDate) {
		this.model = Objects.requireNonNull(model, "model");
		this.evaluationDate = Objects.requireNonNull(evaluationDate, "evaluationDate");
		this.focus = null;
	}

	/**
	 * A context over views that are already up to date with the model, for a full analysis ({@code focus}
	 * null) or an incremental one.
	 */
	public AnalysisContext(SystemModel model, LocalDate evaluationDate, SystemGraph systemGraph, TrustZones trustZones,
			SupplyChainGraph supplyChain, Hosting hosting, AnalysisFocus focus) {
		this.model = Objects.requireNonNull(model, "model");
		this.evaluationDate = Objects.requireNonNull(evaluationDate, "evaluationDate");
		this.systemGraph = Objects.requireNonNull(systemGraph, "systemGraph");
		this.trustZones = Objects.requireNonNull(trustZones, "trustZones");
		this.supplyChain = Objects.requireNonNull(supplyChain, "supplyChain");
		this.hosting = Objects.requireNonNull(hosting, "hosting");
		this.focus = focus;
	}

	public SystemModel model() {
		return model;
	}

	public LocalDate evaluationDate() {
		return evaluationDate;
	}

	/** Whether this context re-evaluates only a part of the model. */
	public boolean focused() {
		return focus != null;
	}

	public synchronized SystemGraph systemGraph() {
		if (systemGraph == null) {
			systemGraph = SystemGraph.of(model);
		}
		return systemGraph;
	}

	public synchronized TrustZones trustZones() {
		if (trustZones == null) {
			trustZones = TrustZones.of(model);
		}
		return trustZones;
	}

	public synchronized SupplyChainGraph supplyChain() {
		if (supplyChain == null) {
			supplyChain = SupplyChainGraph.of(model);
		}
		return supplyChain;
	}

	/** What runs on which element. */
	public synchronized Hosting hosting() {
		if (hosting == null) {
			hosting = Hosting.of(model);
		}
		return hosting;
	}

	/** The elements to evaluate, in model order: all of them, or the focus. */
	public List<Element> elements() {
		return focus == null ? model.getElements() : focus.elements();
	}

	/** The elements of one kind (subclasses included) to evaluate, in model order. */
	public <T extends Element> List<T> elements(Class<T> kind) {
		return elements().stream().filter(kind::isInstance).map(kind::cast).toList();
	}

	/** The flows to evaluate, in model order: all of them, or the focus. */
	public List<DataFlow> flows() {
		return focus == null ? model.getFlows() : focus.flows();
	}

	/**
	 * The flows to evaluate that have both ends (those in the {@link #systemGraph()}; validation refuses the
	 * others), in model order. Worked out once per context: a dozen rules ask for them.
	 */
	public synchronized List<DataFlow> connectedFlows() {
		if (connectedFlows == null) {
			var graph = systemGraph().graph();
			connectedFlows = flows().stream().filter(graph::containsEdge).toList();
		}
		return connectedFlows;
	}

	/** The components to evaluate, nested ones included, in model order: those of the elements to evaluate. */
	public List<Component> components() {
		if (focus == null) {
			return supplyChain().components();
		}
		List<Component> components = new ArrayList<>();
		for (Element element : focus.elements()) {
			element.getComponents().forEach(component -> collect(component, components));
		}
		return components;
	}

	private static void collect(Component component, List<Component> into) {
		into.add(component);
		component.getComponents().forEach(child -> collect(child, into));
	}

	/** The suppliers to evaluate, in model order: all of them, or the focus. */
	public List<Supplier> suppliers() {
		return focus == null ? model.getSuppliers() : focus.suppliers();
	}
}
