package org.threatwright.analysis.paths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.threatwright.model.Element;

/**
 * The blast radius of one entry point: if an attacker controls it, how many elements they can go on to reach
 * and which high-value targets, how many steps away.
 *
 * @param entryPoint      the element the attacker starts from
 * @param reachedElements elements reachable from it along attack steps (itself excluded)
 * @param targets         the high-value targets among them, nearest first, then in model order
 */
public record EntryPointReach(Element entryPoint, int reachedElements, List<TargetDistance> targets) {

	/** A high-value target and the fewest attack steps to it. */
	public record TargetDistance(Element target, int steps) {
	}

	public EntryPointReach {
		targets = List.copyOf(targets);
	}

	/**
	 * The blast radius of every entry point of {@code graph}, in model order: one breadth-first search per entry
	 * point, O(P · (V + E)) for P entry points.
	 */
	public static List<EntryPointReach> of(AttackGraph graph) {
		BlastRadius radius = new BlastRadius(graph);
		List<Element> targetOrder = graph.targets();
		List<EntryPointReach> result = new ArrayList<>();
		for (Element entry : graph.entryPoints()) {
			Map<Element, Integer> reached = radius.from(entry);
			List<TargetDistance> reachedTargets = new ArrayList<>();
			for (Element target : targetOrder) {
				Integer steps = reached.get(target);
				if (steps != null) {
					reachedTargets.add(new TargetDistance(target, steps));
				}
			}
			reachedTargets.sort(Comparator.comparingInt(TargetDistance::steps)); // stable: model order kept
			result.add(new EntryPointReach(entry, reached.size(), reachedTargets));
		}
		return result;
	}
}
