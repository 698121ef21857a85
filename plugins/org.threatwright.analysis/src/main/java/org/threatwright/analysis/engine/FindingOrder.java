package org.threatwright.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.analysis.api.Finding;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;

/**
 * The register's order: severity first, then rule, then where the subjects stand in the model (so a rule's
 * findings read in the order the architect wrote the elements), then the id for subjects in the same place.
 * Each finding's position key is computed once, so sorting n findings costs O(n log n) comparisons of small
 * int arrays rather than map look-ups.
 */
final class FindingOrder {

	private static final Comparator<Keyed> ORDER = Comparator.comparingInt(Keyed::severity)
			.thenComparingInt(Keyed::ruleRank)
			.thenComparing(Keyed::positions, Arrays::compare)
			.thenComparing(keyed -> keyed.finding().id());

	private final Map<String, Integer> position;

	private FindingOrder(Map<String, Integer> position) {
		this.position = position;
	}

	static FindingOrder inModel(SystemModel model) {
		Map<String, Integer> position = new HashMap<>();
		position.put(model.getId(), 0);
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof ModelElement element) {
				position.putIfAbsent(element.getId(), position.size());
			}
		}
		return new FindingOrder(position);
	}

	/** Sorts in parallel; stable, so the result does not depend on the number of threads. */
	List<Finding> sort(List<Finding> findings) {
		// rule ids compared once here, as ranks, instead of character by character in every comparison
		Map<String, Integer> ruleRank = new HashMap<>();
		findings.stream().map(Finding::ruleId).distinct().sorted().forEach(id -> ruleRank.put(id, ruleRank.size()));
		Keyed[] keyed = new Keyed[findings.size()];
		for (int f = 0; f < keyed.length; f++) {
			Finding finding = findings.get(f);
			int[] positions = new int[finding.subjects().size()];
			for (int i = 0; i < positions.length; i++) {
				positions[i] = position.getOrDefault(finding.subjects().get(i).id(), Integer.MAX_VALUE);
			}
			keyed[f] = new Keyed(finding.severity().ordinal(), ruleRank.get(finding.ruleId()), positions, finding);
		}
		Arrays.parallelSort(keyed, ORDER);
		List<Finding> sorted = new ArrayList<>(keyed.length);
		for (Keyed each : keyed) {
			sorted.add(each.finding());
		}
		return sorted;
	}

	/** Arrays.compare orders a shorter key that is a prefix of a longer one first, as the register always did. */
	private record Keyed(int severity, int ruleRank, int[] positions, Finding finding) {
	}
}
