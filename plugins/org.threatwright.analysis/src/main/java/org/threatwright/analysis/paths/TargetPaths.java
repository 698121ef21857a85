package org.threatwright.analysis.paths;

import java.util.List;

import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.Element;
import org.threatwright.model.SystemModel;

/**
 * For one high-value target: the k shortest attack paths reaching it and the minimum cut that would separate
 * it from every entry point.
 */
public record TargetPaths(Element target, List<AttackPath> paths, List<AttackStep> minimumCut) {

	public TargetPaths {
		paths = List.copyOf(paths);
		minimumCut = List.copyOf(minimumCut);
	}

	/** Paths and cut for every target of {@code model}, in model order; targets no entry point reaches are left out. */
	public static List<TargetPaths> of(SystemModel model, int k) {
		return of(AttackGraph.of(model), TrustZones.of(model), k);
	}

	/** As {@link #of(SystemModel, int)}, on an attack graph the caller already has (e.g. for the blast radius too). */
	public static List<TargetPaths> of(AttackGraph graph, TrustZones zones, int k) {
		KShortestAttackPaths shortest = new KShortestAttackPaths(graph, zones, k);
		MinimumAttackCut cut = new MinimumAttackCut(graph);
		return graph.targets().stream()
				.map(target -> new TargetPaths(target, shortest.pathsTo(target), cut.cutFor(target)))
				.filter(target -> !target.paths().isEmpty()).toList();
	}
}
