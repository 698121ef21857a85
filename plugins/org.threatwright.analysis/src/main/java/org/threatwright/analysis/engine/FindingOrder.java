package org.threatwright.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.graph.ModelOrder;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;

/**
 * The register's order: severity first, then rule, then where the subjects stand in the model (so a rule's
 * findings read in the order the architect wrote the elements), then the id for subjects in the same place.
 * Each finding's position key is computed once, so sorting n findings costs O(n log n) comparisons of small
 * arrays rather than map look-ups.
 */
final class FindingOrder {

	/** The order on keys made by one {@link FindingOrder}: rule ranks follow the rule ids' order, as in {@link #sort}. */
	static int compare(Key a, Key b) {
		int order = Integer.compare(a.severity(), b.severity());
		if (order == 0) {
			order = Integer.compare(a.ruleRank(), b.ruleRank());
		}
		if (order == 0) {
			order = Arrays.compare(a.positions(), b.positions());
		}
		return order != 0 ? order : a.finding().id().compareTo(b.finding().id());
	}

	private static final Comparator<Ranked> RANKED_ORDER = Comparator.comparingInt(Ranked::severity)
			.thenComparingInt(Ranked::ruleRank)
			.thenComparing(Ranked::positions, Arrays::compare)
			.thenComparing(ranked -> ranked.finding().id());

	private final ToLongFunction<String> position;
	/** For {@link #key}: each rule id's rank among the rule ids the order was made for. */
	private final Map<String, Integer> ruleRanks;

	private FindingOrder(ToLongFunction<String> position, Map<String, Integer> ruleRanks) {
		this.position = position;
		this.ruleRanks = ruleRanks;
	}

	static FindingOrder inModel(SystemModel model) {
		// sized for elements and flows plus their parts, so that the map rarely grows
		Map<String, Long> position = new HashMap<>(4 * (model.getElements().size() + model.getFlows().size()) + 16);
		position.put(model.getId(), 0L);
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof ModelElement element) {
				position.putIfAbsent(element.getId(), (long) position.size());
			}
		}
		return new FindingOrder(id -> position.getOrDefault(id, Long.MAX_VALUE), Map.of());
	}

	/**
	 * The order by the positions that {@code order} keeps up to date while the model changes, for findings of
	 * the rules with {@code ruleIds}.
	 */
	static FindingOrder of(ModelOrder order, List<String> ruleIds) {
		Map<String, Integer> ranks = new HashMap<>();
		ruleIds.stream().distinct().sorted().forEach(id -> ranks.put(id, ranks.size()));
		return new FindingOrder(order::position, Map.copyOf(ranks));
	}

	/**
	 * A finding with its sort key, computed now: valid while the subjects' positions stay what they are. For
	 * an order made by {@link #of(ModelOrder, List)}, of a finding of one of its rules.
	 */
	Key key(Finding finding) {
		return new Key(finding.severity().ordinal(), ruleRanks.get(finding.ruleId()), positions(finding), finding);
	}

	private long[] positions(Finding finding) {
		long[] positions = new long[finding.subjects().size()];
		for (int i = 0; i < positions.length; i++) {
			positions[i] = position.applyAsLong(finding.subjects().get(i).id());
		}
		return positions;
	}

	/**
	 * Sorts in parallel; stable, so the result does not depend on the number of threads. Each finding's leading
	 * key (severity, rule rank, first subject's position) and its index are packed into one long, so that the
	 * sort moves primitives rather than an object per finding; only findings with equal leading keys (several
	 * about the same first subject) are then ordered by the whole key. Falls back to sorting objects when the
	 * parts do not fit in 63 bits.
	 */
	List<Finding> sort(List<Finding> findings) {
		// rule ids compared once here, as ranks, instead of character by character in every comparison
		Map<String, Integer> ruleRank = new HashMap<>();
		findings.stream().map(Finding::ruleId).distinct().sorted().forEach(id -> ruleRank.put(id, ruleRank.size()));
		int n = findings.size();
		int[] ranks = new int[n];
		long[] firsts = new long[n];
		long lastKnown = -1;
		boolean negative = false;
		for (int f = 0; f < n; f++) {
			Finding finding = findings.get(f);
			ranks[f] = ruleRank.get(finding.ruleId());
			firsts[f] = position.applyAsLong(finding.subjects().get(0).id());
			if (firsts[f] != Long.MAX_VALUE) {
				lastKnown = Math.max(lastKnown, firsts[f]);
				negative |= firsts[f] < 0;
			}
		}
		int severityBits = bits(Severity.values().length - 1);
		int rankBits = bits(ruleRank.size());
		int positionBits = bits(lastKnown + 1); // an unknown position (MAX_VALUE) sorts last, as lastKnown + 1
		int indexBits = bits(n);
		if (negative || severityBits + rankBits + positionBits + indexBits > 63) {
			return sortObjects(findings, ruleRank);
		}
		long[] keys = new long[n];
		for (int f = 0; f < n; f++) {
			long first = firsts[f] == Long.MAX_VALUE ? lastKnown + 1 : firsts[f];
			long lead = (((long) findings.get(f).severity().ordinal() << rankBits | ranks[f]) << positionBits) | first;
			keys[f] = lead << indexBits | f;
		}
		Arrays.parallelSort(keys);
		long indexMask = (1L << indexBits) - 1;
		Finding[] sorted = new Finding[n];
		for (int from = 0; from < n;) {
			int to = from + 1;
			while (to < n && keys[to] >>> indexBits == keys[from] >>> indexBits) {
				to++;
			}
			if (to - from == 1) {
				sorted[from] = findings.get((int) (keys[from] & indexMask));
			} else { // the same leading key: order by the whole key, stably (indices ascend within the run)
				Ranked[] run = new Ranked[to - from];
				for (int r = 0; r < run.length; r++) {
					int f = (int) (keys[from + r] & indexMask);
					run[r] = ranked(findings.get(f), ranks[f]);
				}
				Arrays.sort(run, RANKED_ORDER);
				for (int r = 0; r < run.length; r++) {
					sorted[from + r] = run[r].finding();
				}
			}
			from = to;
		}
		return Arrays.asList(sorted);
	}

	/** Bits needed to hold the values 0 to {@code max}. */
	private static int bits(long max) {
		return 64 - Long.numberOfLeadingZeros(Math.max(max, 1));
	}

	private Ranked ranked(Finding finding, int ruleRank) {
		return new Ranked(finding.severity().ordinal(), ruleRank, positions(finding), finding);
	}

	private List<Finding> sortObjects(List<Finding> findings, Map<String, Integer> ruleRank) {
		Ranked[] ranked = new Ranked[findings.size()];
		for (int f = 0; f < ranked.length; f++) {
			Finding finding = findings.get(f);
			ranked[f] = ranked(finding, ruleRank.get(finding.ruleId()));
		}
		Arrays.parallelSort(ranked, RANKED_ORDER);
		List<Finding> sorted = new ArrayList<>(ranked.length);
		for (Ranked each : ranked) {
			sorted.add(each.finding());
		}
		return sorted;
	}

	/** A finding's place in the order. Arrays.compare orders a shorter key that is a prefix of a longer one first, as the register always did. */
	record Key(int severity, int ruleRank, long[] positions, Finding finding) {
	}

	private record Ranked(int severity, int ruleRank, long[] positions, Finding finding) {
	}
}
