package org.threatwright.analysis.paths;

import java.util.Arrays;

/**
 * Minimum cut between the extra "any entry point" vertex of a {@link CompactStepGraph} and one target, every
 * attack step with capacity one and the steps into the entry points unbounded: augmenting paths found by
 * breadth-first search in the residual graph (Edmonds-Karp, where each augmentation carries one unit). The cut
 * returned is the set of steps leaving the vertices still reachable from the source after the last
 * augmentation: the cut closest to the entry points, which is the same for every maximum flow.
 * <p>
 * O(c (V + E)) per target, c being the size of the cut; the arrays are allocated once and reused, so one
 * instance serves many targets. Not thread-safe.
 */
final class UnitCapacityMinCut {

	private final CompactStepGraph graph;
	private final int[] flow;
	private final int[] reachedBy;
	private final int[] queue;
	private final boolean[] visited;

	UnitCapacityMinCut(CompactStepGraph graph) {
		this.graph = graph;
		this.flow = new int[graph.edgeCount()];
		this.reachedBy = new int[graph.vertexCount()];
		this.queue = new int[graph.vertexCount()];
		this.visited = new boolean[graph.vertexCount()];
	}

	/**
	 * The edge numbers of the minimum cut from the entry points to {@code target}, ascending; empty when no entry
	 * point reaches it.
	 *
	 * @throws IllegalArgumentException when {@code target} is not a vertex of the graph or is the source
	 */
	int[] cutTo(int target) {
		if (target < 0 || target >= graph.vertexCount() || target == graph.anyEntryPoint) {
			throw new IllegalArgumentException("not a target vertex: " + target);
		}
		Arrays.fill(flow, 0);
		while (augmentingPathTo(target)) {
			for (int v = target; v != graph.anyEntryPoint;) {
				int step = reachedBy[v];
				if (step >= 0) {
					flow[step]++;
					v = graph.from[step];
				} else {
					flow[-step - 1]--; // pushed back along a step used before
					v = graph.to[-step - 1];
				}
			}
		}
		return stepsLeavingReachedSide();
	}

	/**
	 * Breadth-first search in the residual graph from the source; leaves {@link #visited} marking what it reached
	 * and {@link #reachedBy} the edge each vertex was reached by (negative: a backward use of edge -x-1).
	 */
	private boolean augmentingPathTo(int target) {
		Arrays.fill(visited, false);
		int head = 0;
		int tail = 0;
		queue[tail++] = graph.anyEntryPoint;
		visited[graph.anyEntryPoint] = true;
		while (head < tail) {
			int v = queue[head++];
			for (int i = graph.outStart[v]; i < graph.outStart[v + 1]; i++) {
				int step = graph.outEdges[i];
				int next = graph.to[step];
				if (!visited[next] && graph.from[step] != next && flow[step] < capacity(step)) {
					visited[next] = true;
					reachedBy[next] = step;
					if (next == target) {
						return true;
					}
					queue[tail++] = next;
				}
			}
			for (int i = graph.inStart[v]; i < graph.inStart[v + 1]; i++) {
				int step = graph.inEdges[i];
				int previous = graph.from[step];
				if (!visited[previous] && flow[step] > 0) {
					visited[previous] = true;
					reachedBy[previous] = -step - 1;
					queue[tail++] = previous;
				}
			}
		}
		return false;
	}

	private int capacity(int step) {
		return graph.from[step] == graph.anyEntryPoint ? Integer.MAX_VALUE : 1;
	}

	private int[] stepsLeavingReachedSide() {
		int count = 0;
		for (int step = 0; step < graph.edgeCount(); step++) {
			if (crossesCut(step)) {
				count++;
			}
		}
		int[] cut = new int[count];
		int next = 0;
		for (int step = 0; step < graph.edgeCount(); step++) {
			if (crossesCut(step)) {
				cut[next++] = step;
			}
		}
		return cut;
	}

	private boolean crossesCut(int step) {
		return visited[graph.from[step]] && !visited[graph.to[step]] && graph.from[step] != graph.anyEntryPoint;
	}
}
