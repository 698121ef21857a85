package org.threatwright.analysis.paths;

import java.util.Comparator;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.threatwright.model.Element;

/**
 * The fewest attack steps whose blocking separates every entry point from a target: where one control
 * breaks most paths. A minimum s-t cut (Edmonds-Karp max flow) on the attack graph with unit capacity per
 * step and a virtual source feeding all entry points; parallel steps between two elements add capacity.
 * O(V E²) per target.
 */
public final class MinimumAttackCut {

	private static final double UNBOUNDED = 1e9;
	private static final Object SOURCE = new Object() {
		@Override
		public String toString() {
			return "all entry points";
		}
	};

	private final AttackGraph attackGraph;

	public MinimumAttackCut(AttackGraph attackGraph) {
		this.attackGraph = attackGraph;
	}

	/**
	 * The steps of a minimum cut between all entry points and {@code target}, ordered by step id; empty when no
	 * entry point reaches the target, or when the target is itself an entry point (nothing separates it).
	 */
	public List<AttackStep> cutFor(Element target) {
		if (attackGraph.entryPoints().contains(target)) {
			return List.of();
		}
		Graph<Object, DefaultWeightedEdge> network = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
		network.addVertex(SOURCE);
		Graph<Element, AttackStep> steps = attackGraph.graph();
		steps.vertexSet().forEach(network::addVertex);
		for (AttackStep step : steps.edgeSet()) {
			if (step.from() == step.to()) {
				continue;
			}
			DefaultWeightedEdge edge = network.getEdge(step.from(), step.to());
			if (edge == null) {
				network.setEdgeWeight(network.addEdge(step.from(), step.to()), 1);
			} else {
				network.setEdgeWeight(edge, network.getEdgeWeight(edge) + 1);
			}
		}
		for (Element entry : attackGraph.entryPoints()) {
			network.setEdgeWeight(network.addEdge(SOURCE, entry), UNBOUNDED);
		}
		EdmondsKarpMFImpl<Object, DefaultWeightedEdge> maxFlow = new EdmondsKarpMFImpl<>(network);
		if (maxFlow.calculateMinCut(SOURCE, target) == 0) {
			return List.of();
		}
		return maxFlow.getCutEdges().stream()
				.flatMap(edge -> steps.getAllEdges((Element) network.getEdgeSource(edge), (Element) network.getEdgeTarget(edge))
						.stream())
				.sorted(Comparator.comparing(AttackStep::id)).toList();
	}
}
