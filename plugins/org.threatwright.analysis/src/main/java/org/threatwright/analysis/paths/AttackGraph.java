package org.threatwright.analysis.paths;

import java.util.ArrayList;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Exposure;
import org.threatwright.model.ExternalEntity;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.Interface;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.SystemModel;

/**
 * The attacker's view of a model: who can start where, what is worth reaching, and how one element leads to
 * the next.
 * <ul>
 * <li>Entry points: external entities, and elements with an interface enabled in production that is exposed
 * to the internet, to anyone in radio range, or to anyone with physical access.</li>
 * <li>Targets: safety-relevant elements, and elements holding a data asset whose confidentiality or integrity
 * is high or critical.</li>
 * <li>Steps: each data flow from source to target (and back when bidirectional), and hosting in both
 * directions (a compromised host controls what runs on it; a compromised process is a foothold on its host).</li>
 * </ul>
 * Built in time linear in elements, interfaces, data assets and flows.
 */
public final class AttackGraph {

	private final Graph<Element, AttackStep> graph;
	private final List<Element> entryPoints = new ArrayList<>();
	private final List<Element> targets = new ArrayList<>();

	private AttackGraph(SystemModel model) {
		Graph<Element, AttackStep> steps = new DirectedPseudograph<>(AttackStep.class);
		model.getElements().forEach(steps::addVertex);
		for (DataFlow flow : model.getFlows()) {
			if (flow.getSource() == null || flow.getTarget() == null) {
				continue;
			}
			addStep(steps, new AttackStep(flow.getSource(), flow.getTarget(), flow));
			if (flow.getDirection() == FlowDirection.BIDIRECTIONAL) {
				addStep(steps, new AttackStep(flow.getTarget(), flow.getSource(), flow));
			}
		}
		for (Element element : model.getElements()) {
			Element host = element.getHostedOn();
			if (host != null && host != element) {
				addStep(steps, new AttackStep(host, element, null));
				addStep(steps, new AttackStep(element, host, null));
			}
			if (isEntryPoint(element)) {
				entryPoints.add(element);
			}
			if (isTarget(element)) {
				targets.add(element);
			}
		}
		this.graph = new AsUnmodifiableGraph<>(steps);
	}

	public static AttackGraph of(SystemModel model) {
		return new AttackGraph(model);
	}

	private static void addStep(Graph<Element, AttackStep> steps, AttackStep step) {
		if (steps.containsVertex(step.from()) && steps.containsVertex(step.to())) {
			steps.addEdge(step.from(), step.to(), step);
		}
	}

	static boolean isEntryPoint(Element element) {
		if (element instanceof ExternalEntity) {
			return true;
		}
		for (Interface port : element.getInterfaces()) {
			Exposure exposure = port.getExposure();
			if (port.isEnabledInProduction() && (exposure == Exposure.INTERNET || exposure == Exposure.ADJACENT_RADIO
					|| exposure == Exposure.PHYSICAL_ACCESS)) {
				return true;
			}
		}
		return false;
	}

	static boolean isTarget(Element element) {
		if (element.isSafetyRelevant()) {
			return true;
		}
		for (DataAsset asset : element.getDataAssets()) {
			if (isHigh(asset.getConfidentiality()) || isHigh(asset.getIntegrity())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isHigh(SecurityLevel level) {
		return level == SecurityLevel.HIGH || level == SecurityLevel.CRITICAL;
	}

	public Graph<Element, AttackStep> graph() {
		return graph;
	}

	/** Entry points in model order. */
	public List<Element> entryPoints() {
		return List.copyOf(entryPoints);
	}

	/** High-value targets in model order. */
	public List<Element> targets() {
		return List.copyOf(targets);
	}
}
