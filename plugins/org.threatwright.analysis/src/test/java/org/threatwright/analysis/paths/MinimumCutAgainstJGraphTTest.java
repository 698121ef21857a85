package org.threatwright.analysis.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.synthetic.SyntheticModels;

/**
 * Our unit-capacity minimum cut against JGraphT's Edmonds-Karp on the same flow network, for every target of
 * synthetic models. The cut closest to the source is unique, so the very same steps are expected.
 */
class MinimumCutAgainstJGraphTTest {

	private static final Object SOURCE = new Object();

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void sameCutsAsJGraphTsEdmondsKarp(long seed) {
		SystemModel model = SyntheticModels.generate(250, 3, seed);
		AttackGraph graph = AttackGraph.of(model);
		MinimumAttackCut ours = new MinimumAttackCut(graph);
		int nonEmpty = 0;
		for (Element target : graph.targets()) {
			List<AttackStep> cut = ours.cutFor(target);
			assertEquals(ids(jgraphtCut(graph, target)), ids(cut), "cut for " + target.getName());
			nonEmpty += cut.isEmpty() ? 0 : 1;
		}
		assertTrue(nonEmpty >= 5, "enough targets have a cut for the comparison to mean something: " + nonEmpty);
	}

	private static List<String> ids(List<AttackStep> steps) {
		return steps.stream().map(AttackStep::id).toList();
	}

	/** The implementation this class replaced: JGraphT's max flow on a weighted copy of the attack graph. */
	private static List<AttackStep> jgraphtCut(AttackGraph attackGraph, Element target) {
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
			network.setEdgeWeight(network.addEdge(SOURCE, entry), 1e9);
		}
		EdmondsKarpMFImpl<Object, DefaultWeightedEdge> maxFlow = new EdmondsKarpMFImpl<>(network);
		if (maxFlow.calculateMinCut(SOURCE, target) == 0) {
			return List.of();
		}
		return maxFlow.getCutEdges().stream()
				.flatMap(edge -> steps.getAllEdges((Element) network.getEdgeSource(edge),
						(Element) network.getEdgeTarget(edge)).stream())
				.sorted(Comparator.comparing(AttackStep::id)).toList();
	}
}
