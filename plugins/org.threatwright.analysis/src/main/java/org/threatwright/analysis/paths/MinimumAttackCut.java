package org.threatwright.analysis.paths;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.threatwright.model.Element;

/**
 * The fewest attack steps whose blocking separates every entry point from a target: where one control
 * breaks most paths. A minimum s-t cut on the attack graph with unit capacity per step and a virtual source
 * feeding all entry points (parallel steps between two elements add capacity), computed by
 * {@link UnitCapacityMinCut} on an int-array copy of the graph made once: O(V + E) to build, then O(c (V + E))
 * per target for a cut of c steps. Not thread-safe.
 */
public final class MinimumAttackCut {

	private final AttackGraph attackGraph;
	private CompactStepGraph compact;
	private UnitCapacityMinCut minCut;

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
		if (compact == null) {
			compact = new CompactStepGraph(attackGraph.graph(), attackGraph.entryPoints());
			minCut = new UnitCapacityMinCut(compact);
		}
		int vertex = compact.indexOf(target);
		if (vertex < 0) {
			return List.of();
		}
		return Arrays.stream(minCut.cutTo(vertex)).mapToObj(step -> compact.steps[step])
				.sorted(Comparator.comparing(AttackStep::id)).toList();
	}
}
