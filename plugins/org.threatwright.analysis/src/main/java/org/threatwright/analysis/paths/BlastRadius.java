package org.threatwright.analysis.paths;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.threatwright.model.Element;

/**
 * What an attacker reaches after compromising one element: every element reachable along attack steps, with
 * the fewest steps needed. Breadth-first search, O(V + E).
 */
public final class BlastRadius {

	private final AttackGraph attackGraph;

	public BlastRadius(AttackGraph attackGraph) {
		this.attackGraph = attackGraph;
	}

	/** Reached elements (the compromised one excluded) and their distance in steps, nearest first. */
	public Map<Element, Integer> from(Element compromised) {
		if (!attackGraph.graph().containsVertex(compromised)) {
			throw new IllegalArgumentException(compromised + " is not an element of the attack graph");
		}
		Map<Element, Integer> distance = new LinkedHashMap<>();
		distance.put(compromised, 0);
		Deque<Element> queue = new ArrayDeque<>();
		queue.add(compromised);
		while (!queue.isEmpty()) {
			Element current = queue.poll();
			for (AttackStep step : attackGraph.graph().outgoingEdgesOf(current)) {
				if (!distance.containsKey(step.to())) {
					distance.put(step.to(), distance.get(current) + 1);
					queue.add(step.to());
				}
			}
		}
		distance.remove(compromised);
		return distance;
	}
}
