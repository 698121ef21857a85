package org.threatwright.analysis.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.Element;
import org.threatwright.model.TrustBoundary;

/**
 * The k shortest simple attack paths to a target from any entry point, fewest steps first, ties broken by
 * the steps' ids so that the answer is deterministic. Yen's algorithm over a compact copy of the attack graph
 * with bidirectional breadth-first spur searches (see {@link YenSimplePaths}); for {@link #pathsTo} one
 * search starts from all entry points at once. O(k · L · (V + E)) in the worst case for paths of L steps,
 * typically a few milliseconds per query on a 10,000-element model. Thread-safe.
 */
public final class KShortestAttackPaths {

	private static final Comparator<AttackPath> ORDER = Comparator.comparingInt(AttackPath::length)
			.thenComparing(AttackPath::key);

	private final TrustZones zones;
	private final int k;
	private final CompactStepGraph compact;
	private final YenSimplePaths yen;

	public KShortestAttackPaths(AttackGraph attackGraph, TrustZones zones, int k) {
		if (k < 1) {
			throw new IllegalArgumentException("k must be at least 1, was " + k);
		}
		this.zones = zones;
		this.k = k;
		this.compact = new CompactStepGraph(attackGraph.graph(), attackGraph.entryPoints());
		this.yen = new YenSimplePaths(compact, this::compareByStepIds);
	}

	/** Up to k paths ending at {@code target}, from any entry point other than the target itself. */
	public List<AttackPath> pathsTo(Element target) {
		int targetIndex = vertex(target);
		List<AttackPath> paths = new ArrayList<>();
		// one more than k, since a path that starts at the target itself (an entry point) is dropped below
		for (int[] edges : yen.paths(compact.anyEntryPoint, targetIndex, k + 1)) {
			if (edges.length > 1 && paths.size() < k) {
				paths.add(toPath(Arrays.copyOfRange(edges, 1, edges.length)));
			}
		}
		return paths.stream().sorted(ORDER).toList();
	}

	/** Up to k paths from {@code entry} to {@code target}, fewest steps first. */
	public List<AttackPath> pathsBetween(Element entry, Element target) {
		int entryIndex = vertex(entry);
		int targetIndex = vertex(target);
		List<AttackPath> paths = new ArrayList<>();
		for (int[] edges : yen.paths(entryIndex, targetIndex, k)) {
			paths.add(toPath(edges));
		}
		return paths.stream().sorted(ORDER).toList();
	}

	private int vertex(Element element) {
		int index = compact.indexOf(element);
		if (index < 0) {
			throw new IllegalArgumentException(element + " is not an element of the attack graph");
		}
		return index;
	}

	private AttackPath toPath(int[] edges) {
		List<AttackStep> steps = new ArrayList<>(edges.length);
		List<TrustBoundary> crossed = new ArrayList<>();
		for (int edge : edges) {
			AttackStep step = compact.steps[edge];
			steps.add(step);
			crossed.addAll(zones.crossed(step.from(), step.to()));
		}
		return new AttackPath(steps, crossed);
	}

	/** Equal-length candidates in the order of their steps' ids; the start-anywhere step sorts by its entry point. */
	private int compareByStepIds(int[] a, int[] b) {
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			int compared = stepId(a[i]).compareTo(stepId(b[i]));
			if (compared != 0) {
				return compared;
			}
		}
		return Integer.compare(a.length, b.length);
	}

	private String stepId(int edge) {
		AttackStep step = compact.steps[edge];
		return step != null ? step.id() : compact.vertices[compact.to[edge]].getId();
	}
}
