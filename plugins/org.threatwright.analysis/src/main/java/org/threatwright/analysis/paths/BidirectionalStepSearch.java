package org.threatwright.analysis.paths;

import java.util.Arrays;

/**
 * Fewest-steps path between two vertices of a {@link CompactStepGraph}, avoiding banned vertices and edges:
 * breadth-first from both ends at once, always growing the smaller frontier by one whole level. On the
 * small-world graphs of IoT systems this touches a few hundred vertices instead of the whole graph, which is
 * what makes Yen's algorithm (many such searches per query) fast. O(V + E) in the worst case.
 *
 * <p>Not thread-safe: it reuses its arrays between searches (stamped, so nothing is cleared); one search
 * object per query.
 */
final class BidirectionalStepSearch {

	private final CompactStepGraph graph;
	private final int[] forwardStamp;
	private final int[] backwardStamp;
	/** The edge by which the vertex was reached from the source side / leads on towards the target. */
	private final int[] forwardEdge;
	private final int[] backwardEdge;
	private final int[] forwardDepth;
	private final int[] backwardDepth;
	private final int[] forwardQueue;
	private final int[] backwardQueue;
	private int stamp;

	BidirectionalStepSearch(CompactStepGraph graph) {
		this.graph = graph;
		int n = graph.vertexCount();
		forwardStamp = new int[n];
		backwardStamp = new int[n];
		forwardEdge = new int[n];
		backwardEdge = new int[n];
		forwardDepth = new int[n];
		backwardDepth = new int[n];
		forwardQueue = new int[n];
		backwardQueue = new int[n];
	}

	/**
	 * The edges of a fewest-steps path from {@code source} to {@code target}, or null if none exists.
	 *
	 * @param bannedVertex  vertices the path must not visit (source and target are never banned)
	 * @param bannedEdge    edges the path must not use
	 */
	int[] shortest(int source, int target, boolean[] bannedVertex, boolean[] bannedEdge) {
		if (source == target) {
			return new int[0];
		}
		if (++stamp == Integer.MAX_VALUE) {
			Arrays.fill(forwardStamp, 0);
			Arrays.fill(backwardStamp, 0);
			stamp = 1;
		}
		forwardStamp[source] = stamp;
		forwardDepth[source] = 0;
		forwardEdge[source] = -1;
		backwardStamp[target] = stamp;
		backwardDepth[target] = 0;
		backwardEdge[target] = -1;
		int fHead = 0, fTail = 0, bHead = 0, bTail = 0;
		forwardQueue[fTail++] = source;
		backwardQueue[bTail++] = target;
		while (fHead < fTail && bHead < bTail) {
			int meet;
			if (fTail - fHead <= bTail - bHead) {
				int levelEnd = fTail;
				meet = -1;
				int best = Integer.MAX_VALUE;
				while (fHead < levelEnd) {
					int v = forwardQueue[fHead++];
					for (int i = graph.outStart[v]; i < graph.outStart[v + 1]; i++) {
						int e = graph.outEdges[i];
						int w = graph.to[e];
						if (bannedEdge[e] || bannedVertex[w] || forwardStamp[w] == stamp) {
							continue;
						}
						forwardStamp[w] = stamp;
						forwardEdge[w] = e;
						forwardDepth[w] = forwardDepth[v] + 1;
						forwardQueue[fTail++] = w;
						if (backwardStamp[w] == stamp && forwardDepth[w] + backwardDepth[w] < best) {
							best = forwardDepth[w] + backwardDepth[w];
							meet = w;
						}
					}
				}
			} else {
				int levelEnd = bTail;
				meet = -1;
				int best = Integer.MAX_VALUE;
				while (bHead < levelEnd) {
					int v = backwardQueue[bHead++];
					for (int i = graph.inStart[v]; i < graph.inStart[v + 1]; i++) {
						int e = graph.inEdges[i];
						int w = graph.from[e];
						if (bannedEdge[e] || bannedVertex[w] || backwardStamp[w] == stamp) {
							continue;
						}
						backwardStamp[w] = stamp;
						backwardEdge[w] = e;
						backwardDepth[w] = backwardDepth[v] + 1;
						backwardQueue[bTail++] = w;
						if (forwardStamp[w] == stamp && forwardDepth[w] + backwardDepth[w] < best) {
							best = forwardDepth[w] + backwardDepth[w];
							meet = w;
						}
					}
				}
			}
			if (meet >= 0) {
				return pathThrough(meet);
			}
		}
		return null;
	}

	/**
	 * Once a whole level has been grown and the two searches touch, the best meeting vertex of that level
	 * gives a shortest path: every vertex of the other side's frontier is at its final depth.
	 */
	private int[] pathThrough(int meet) {
		int length = forwardDepth[meet] + backwardDepth[meet];
		int[] path = new int[length];
		int position = forwardDepth[meet];
		for (int v = meet; forwardEdge[v] >= 0; v = graph.from[forwardEdge[v]]) {
			path[--position] = forwardEdge[v];
		}
		position = forwardDepth[meet];
		for (int v = meet; backwardEdge[v] >= 0; v = graph.to[backwardEdge[v]]) {
			path[position++] = backwardEdge[v];
		}
		return path;
	}
}
