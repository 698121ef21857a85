package org.threatwright.analysis.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.threatwright.analysis.graph.SupplyChainGraph;
import org.threatwright.analysis.graph.SystemGraph;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;

/**
 * What rules see: the model, its data-flow graph, its trust zones, its supply chain, and the date the
 * analysis is made for (so that "past its end of support" gives the same answer on every run of a given
 * day). The derived views are built once, on first use, and shared by all rules, which may run in parallel:
 * the views are immutable once built.
 */
public final class AnalysisContext {

	private final SystemModel model;
	private final LocalDate evaluationDate;
	private SystemGraph systemGraph;
	private TrustZones trustZones;
	private SupplyChainGraph supplyChain;

	public AnalysisContext(SystemModel model, LocalDate evaluationDate) {
		this.model = Objects.requireNonNull(model, "model");
		this.evaluationDate = Objects.requireNonNull(evaluationDate, "evaluationDate");
	}

	public SystemModel model() {
		return model;
	}

	public LocalDate evaluationDate() {
		return evaluationDate;
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

	/** The model's elements of one kind (subclasses included), in model order. */
	public <T extends Element> List<T> elements(Class<T> kind) {
		return model.getElements().stream().filter(kind::isInstance).map(kind::cast).toList();
	}
}
