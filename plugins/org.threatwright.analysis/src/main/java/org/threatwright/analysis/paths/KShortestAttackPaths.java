package org.threatwright.analysis.paths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.Element;
import org.threatwright.model.TrustBoundary;

/**
 * The k shortest simple attack paths to a target from any entry point, fewest steps first, ties broken by
 * the steps' ids so that the answer is deterministic. Uses Yen's algorithm once per entry point:
 * O(E · k · V (E + V log V)) for E entry points on a graph of V elements.
 */
public final class KShortestAttackPaths {

	private static final Comparator<AttackPath> ORDER = Comparator.comparingInt(AttackPath::length)
			.thenComparing(AttackPath::key);

	private final AttackGraph attackGraph;
	private final TrustZones zones;
	private final int k;

	public KShortestAttackPaths(AttackGraph attackGraph, TrustZones zones, int k) {
		if (k < 1) {
			throw new IllegalArgumentException("k must be at least 1, was " + k);
		}
		this.attackGraph = attackGraph;
		this.zones = zones;
		this.k = k;
	}

	/** Up to k paths ending at {@code target}; empty if no entry point reaches it. */
	public List<AttackPath> pathsTo(Element target) {
		if (!attackGraph.graph().containsVertex(target)) {
			throw new IllegalArgumentException(target + " is not an element of the attack graph");
		}
		YenKShortestPath<Element, AttackStep> yen = new YenKShortestPath<>(attackGraph.graph());
		List<AttackPath> candidates = new ArrayList<>();
		for (Element entry : attackGraph.entryPoints()) {
			if (entry == target) {
				continue;
			}
			for (GraphPath<Element, AttackStep> path : yen.getPaths(entry, target, k)) {
				candidates.add(new AttackPath(path.getEdgeList(), crossed(path.getEdgeList())));
			}
		}
		return candidates.stream().sorted(ORDER).limit(k).toList();
	}

	private List<TrustBoundary> crossed(List<AttackStep> steps) {
		List<TrustBoundary> crossed = new ArrayList<>();
		steps.forEach(step -> crossed.addAll(zones.crossed(step.from(), step.to())));
		return crossed;
	}
}
