package org.threatwright.analysis.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;
import org.threatwright.model.synthetic.SyntheticModels;

/**
 * Our Yen (bidirectional breadth-first spur searches on int arrays) against JGraphT's Yen (Dijkstra) on
 * synthetic models: the same path lengths for every pair, every path simple and made of real steps from the
 * entry point to the target. Which of several equally short paths is chosen may differ, so lengths are
 * compared, not steps.
 */
class KShortestAgainstJGraphTTest {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void sameLengthsAsJGraphTsYenOnRandomPairs(long seed) {
		SystemModel model = SyntheticModels.generate(300, 3, seed);
		AttackGraph graph = AttackGraph.of(model);
		KShortestAttackPaths ours = new KShortestAttackPaths(graph, TrustZones.of(model), 4);
		Random random = new Random(seed);
		List<Element> vertices = new ArrayList<>(graph.graph().vertexSet());
		int connected = 0;
		for (int pair = 0; pair < 40; pair++) {
			Element from = vertices.get(random.nextInt(vertices.size()));
			Element to = vertices.get(random.nextInt(vertices.size()));
			if (from == to) {
				continue;
			}
			List<Integer> expected = new YenKShortestPath<>(graph.graph()).getPaths(from, to, 4).stream()
					.map(GraphPath::getLength).toList();
			List<AttackPath> paths = ours.pathsBetween(from, to);
			assertEquals(expected, paths.stream().map(AttackPath::length).toList(), "lengths from " + from.getName()
					+ " to " + to.getName());
			paths.forEach(path -> assertSimpleWalk(path, from, to));
			connected += paths.isEmpty() ? 0 : 1;
			assertEquals(paths.size(), new HashSet<>(paths.stream().map(AttackPath::key).toList()).size(),
					"paths are distinct");
		}
		assertTrue(connected >= 20, "most random pairs are connected, so paths are really compared: " + connected);
	}

	@ParameterizedTest
	@ValueSource(longs = { 4, 5 })
	void pathsToATargetAreTheShortestOverAllEntryPoints(long seed) {
		SystemModel model = SyntheticModels.generate(200, 3, seed);
		AttackGraph graph = AttackGraph.of(model);
		KShortestAttackPaths ours = new KShortestAttackPaths(graph, TrustZones.of(model), 5);
		for (Element target : graph.targets().subList(0, Math.min(4, graph.targets().size()))) {
			List<Integer> union = new ArrayList<>();
			for (Element entry : graph.entryPoints()) {
				if (entry != target) {
					new YenKShortestPath<>(graph.graph()).getPaths(entry, target, 5)
							.forEach(path -> union.add(path.getLength()));
				}
			}
			List<Integer> expected = union.stream().sorted().limit(5).toList();
			List<AttackPath> paths = ours.pathsTo(target);
			assertEquals(expected, paths.stream().map(AttackPath::length).toList(), "lengths to " + target.getName());
			paths.forEach(path -> {
				assertTrue(graph.entryPoints().contains(path.entryPoint()), "starts at an entry point");
				assertSimpleWalk(path, path.entryPoint(), target);
			});
		}
	}

	private static void assertSimpleWalk(AttackPath path, Element from, Element to) {
		assertEquals(from, path.entryPoint());
		assertEquals(to, path.target());
		Set<Element> visited = new HashSet<>();
		visited.add(from);
		for (int i = 0; i < path.steps().size(); i++) {
			AttackStep step = path.steps().get(i);
			if (i > 0) {
				assertEquals(path.steps().get(i - 1).to(), step.from(), "steps chain");
			}
			assertTrue(visited.add(step.to()), "path visits " + step.to().getName() + " twice");
		}
	}
}
