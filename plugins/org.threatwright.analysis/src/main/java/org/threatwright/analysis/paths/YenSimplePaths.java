package org.threatwright.analysis.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Yen's algorithm for the k fewest-steps simple paths between two vertices of a {@link CompactStepGraph},
 * with {@link BidirectionalStepSearch} for the spur searches. Candidates of equal length are taken in the
 * order of {@code tieOrder}, so the answer is the same on every run. O(k · L · (V + E)) in the worst case for
 * paths of L steps; far less on small-world graphs, where the searches stay local.
 */
final class YenSimplePaths {

	private final CompactStepGraph graph;
	private final Comparator<int[]> tieOrder;

	YenSimplePaths(CompactStepGraph graph, Comparator<int[]> tieOrder) {
		this.graph = graph;
		this.tieOrder = tieOrder;
	}

	/** Up to k simple paths from source to target (edge numbers), fewest steps first. */
	List<int[]> paths(int source, int target, int k) {
		BidirectionalStepSearch search = new BidirectionalStepSearch(graph);
		boolean[] bannedVertex = new boolean[graph.vertexCount()];
		boolean[] bannedEdge = new boolean[graph.edgeCount()];
		List<int[]> accepted = new ArrayList<>();
		int[] first = search.shortest(source, target, bannedVertex, bannedEdge);
		if (first == null || first.length == 0) {
			return accepted;
		}
		accepted.add(first);
		PriorityQueue<int[]> candidates = new PriorityQueue<>(
				Comparator.<int[]>comparingInt(path -> path.length).thenComparing(tieOrder));
		Set<String> seen = new HashSet<>();
		seen.add(Arrays.toString(first));
		while (accepted.size() < k) {
			int[] previous = accepted.get(accepted.size() - 1);
			for (int spur = 0; spur < previous.length; spur++) {
				int spurVertex = spur == 0 ? source : graph.to[previous[spur - 1]];
				List<Integer> banned = banFor(accepted, previous, spur, bannedVertex, bannedEdge, source);
				int[] spurPath = search.shortest(spurVertex, target, bannedVertex, bannedEdge);
				unban(banned, previous, spur, bannedVertex, bannedEdge, source);
				if (spurPath != null) {
					int[] candidate = Arrays.copyOf(previous, spur + spurPath.length);
					System.arraycopy(spurPath, 0, candidate, spur, spurPath.length);
					if (seen.add(Arrays.toString(candidate))) {
						candidates.add(candidate);
					}
				}
			}
			if (candidates.isEmpty()) {
				break;
			}
			accepted.add(candidates.poll());
		}
		return accepted;
	}

	/**
	 * Bans the root's vertices (but the spur vertex) and, for every accepted path with the same root, its next
	 * edge. Returns the banned edges so they can be lifted again.
	 */
	private List<Integer> banFor(List<int[]> accepted, int[] previous, int spur, boolean[] bannedVertex,
			boolean[] bannedEdge, int source) {
		for (int i = 0; i < spur; i++) {
			bannedVertex[i == 0 ? source : graph.to[previous[i - 1]]] = true;
		}
		List<Integer> banned = new ArrayList<>();
		for (int[] path : accepted) {
			if (path.length > spur && Arrays.equals(path, 0, spur, previous, 0, spur) && !bannedEdge[path[spur]]) {
				bannedEdge[path[spur]] = true;
				banned.add(path[spur]);
			}
		}
		return banned;
	}

	private void unban(List<Integer> banned, int[] previous, int spur, boolean[] bannedVertex, boolean[] bannedEdge,
			int source) {
		for (int i = 0; i < spur; i++) {
			bannedVertex[i == 0 ? source : graph.to[previous[i - 1]]] = false;
		}
		banned.forEach(edge -> bannedEdge[edge] = false);
	}
}
