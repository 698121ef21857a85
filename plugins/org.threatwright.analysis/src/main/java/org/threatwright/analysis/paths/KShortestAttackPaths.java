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
		List<AttackPath> candidates = new ArrayList<>();
		for (Element entry : attackGraph.entryPoints()) {
			if (entry != target) {
				candidates.addAll(pathsBetween(entry, target));
			}
		}
		return candidates.stream().sorted(ORDER).limit(k).toList();
	}

	/** Up to k paths from {@code entry} to {@code target}, fewest steps first. */
	public List<AttackPath> pathsBetween(Element entry, Element target) {
		List<AttackPath> paths = new ArrayList<>();
		for (GraphPath<Element, AttackStep> path : new YenKShortestPath<>(attackGraph.graph()).getPaths(entry, target, k)) {
			paths.add(new AttackPath(path.getEdgeList(), crossed(path.getEdgeList())));
		}
		return paths.stream().sorted(ORDER).toList();
	}

	private List<TrustBoundary> crossed(List<AttackStep> steps) {
		List<TrustBoundary> crossed = new ArrayList<>();
		steps.forEach(step -> crossed.addAll(zones.crossed(step.from(), step.to())));
		return crossed;
	}
}
