package org.threatwright.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.analysis.api.Finding;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.Supplier;
import org.threatwright.model.query.ModelElements;

/**
 * The findings of the last analysis in register order, each filed under its <em>units</em>: the elements,
 * flows and suppliers it is about (an interface, component or update mechanism counts as its element; data
 * assets and boundaries count as nothing). Replacing the findings of some units by new ones costs
 * O(n + k log n) for n findings and k new ones: the old order is kept, new findings are placed by binary
 * search, and nothing is sorted again.
 */
final class FindingIndex {

	/** A finding, its sort key and its units; {@code removed} once it was replaced. */
	static final class Entry {
		FindingOrder.Key key;
		final EObject[] units;
		boolean removed;

		Entry(FindingOrder.Key key, EObject[] units) {
			this.key = key;
			this.units = units;
		}

		Finding finding() {
			return key.finding();
		}
	}

	private static final Comparator<Entry> ORDER = (a, b) -> FindingOrder.compare(a.key, b.key);

	/**
	 * The entries in register order, and in parallel arrays their findings and the leading parts of their
	 * keys, so that copying the register and most comparisons of a binary search read arrays rather than
	 * chase pointers to entries scattered through the heap.
	 */
	private Entry[] entries;
	private Finding[] findings;
	/** Severity and rule rank, in one int. */
	private int[] groups;
	/** The first subject's position. */
	private long[] firsts;
	private final Map<EObject, List<Entry>> byUnit = new IdentityHashMap<>();
	private int withoutUnit;

	/** Files {@code entries}, in any order. */
	FindingIndex(Collection<Entry> unsorted) {
		entries = unsorted.toArray(Entry[]::new);
		Arrays.parallelSort(entries, ORDER);
		findings = new Finding[entries.length];
		groups = new int[entries.length];
		firsts = new long[entries.length];
		fillArrays();
		file(Arrays.asList(entries));
	}

	/** The units a finding about {@code subjects} is filed under. */
	static EObject[] unitsOf(List<? extends ModelElement> subjects) {
		List<EObject> units = new ArrayList<>(subjects.size());
		for (ModelElement subject : subjects) {
			EObject unit = subject instanceof Element || subject instanceof DataFlow || subject instanceof Supplier ? subject
					: ModelElements.owningElement(subject);
			if (unit != null && !units.contains(unit)) {
				units.add(unit);
			}
		}
		return units.toArray(EObject[]::new);
	}

	/**
	 * Whether some finding is about no unit at all (only data assets, say): no focus can contain it, so such
	 * findings can only be derived again by a full analysis.
	 */
	boolean hasFindingsWithoutUnit() {
		return withoutUnit > 0;
	}

	/** The findings in register order: one copy of an array. */
	List<Finding> findings() {
		return List.of(findings);
	}

	/** Computes every key again, after the model order renumbered its positions (their relative order stays). */
	void rekey(FindingOrder order) {
		for (Entry entry : entries) {
			entry.key = order.key(entry.finding());
		}
		fillArrays();
	}

	private void fillArrays() {
		for (int i = 0; i < entries.length; i++) {
			findings[i] = entries[i].finding();
			groups[i] = group(entries[i]);
			firsts[i] = entries[i].key.positions()[0];
		}
	}

	private static int group(Entry entry) {
		return entry.key.severity() << 16 | entry.key.ruleRank();
	}

	/**
	 * Drops every finding filed under one of {@code units} and files {@code fresh} instead, each of which
	 * must be about at least one of {@code units}. Finds what to drop and where to insert by binary search
	 * (O(k log n)), then copies the unchanged runs between them (O(n), but as block copies of references,
	 * never touching the entries themselves: with hundreds of thousands of findings, visiting each one would
	 * cost a cache miss apiece).
	 */
	void replace(Set<EObject> units, List<Entry> fresh) {
		int[] drop = positionsToDrop(units);
		Entry[] added = fresh.toArray(Entry[]::new);
		Arrays.sort(added, ORDER);
		int[] insertAt = new int[added.length];
		for (int a = 0, from = 0; a < added.length; a++) {
			from = insertAt[a] = lowerBound(added[a], from);
		}
		int length = entries.length - drop.length + added.length;
		Entry[] mergedEntries = new Entry[length];
		Finding[] mergedFindings = new Finding[length];
		int[] mergedGroups = new int[length];
		long[] mergedFirsts = new long[length];
		int old = 0;
		int out = 0;
		int d = 0;
		int a = 0;
		while (d < drop.length || a < added.length) {
			boolean insertNext = d == drop.length || a < added.length && insertAt[a] <= drop[d];
			int until = insertNext ? insertAt[a] : drop[d];
			int run = until - old;
			System.arraycopy(entries, old, mergedEntries, out, run);
			System.arraycopy(findings, old, mergedFindings, out, run);
			System.arraycopy(groups, old, mergedGroups, out, run);
			System.arraycopy(firsts, old, mergedFirsts, out, run);
			out += run;
			old = until;
			if (insertNext) {
				mergedEntries[out] = added[a];
				mergedFindings[out] = added[a].finding();
				mergedGroups[out] = group(added[a]);
				mergedFirsts[out++] = added[a++].key.positions()[0];
			} else {
				old++; // the dropped entry
				d++;
			}
		}
		int rest = entries.length - old;
		System.arraycopy(entries, old, mergedEntries, out, rest);
		System.arraycopy(findings, old, mergedFindings, out, rest);
		System.arraycopy(groups, old, mergedGroups, out, rest);
		System.arraycopy(firsts, old, mergedFirsts, out, rest);
		entries = mergedEntries;
		findings = mergedFindings;
		groups = mergedGroups;
		firsts = mergedFirsts;
		file(Arrays.asList(added));
	}

	/** Where the entries filed under {@code units} stand, ascending; marks them removed. */
	private int[] positionsToDrop(Set<EObject> units) {
		List<Entry> dropped = new ArrayList<>();
		for (EObject unit : units) {
			List<Entry> filed = byUnit.remove(unit);
			if (filed != null) {
				for (Entry entry : filed) {
					if (!entry.removed) {
						entry.removed = true;
						dropped.add(entry);
					}
				}
			}
		}
		int[] positions = new int[dropped.size()];
		for (int i = 0; i < positions.length; i++) {
			int at = lowerBound(dropped.get(i), 0);
			if (at >= entries.length || entries[at] != dropped.get(i)) {
				throw new IllegalStateException("the finding index lost track of " + dropped.get(i).finding().id());
			}
			positions[i] = at;
		}
		Arrays.sort(positions);
		return positions;
	}

	/** The first index at or after {@code from} whose entry does not sort before {@code entry}. */
	private int lowerBound(Entry entry, int from) {
		int group = group(entry);
		long first = entry.key.positions()[0];
		int low = from;
		int high = entries.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			int order = Integer.compare(groups[middle], group);
			if (order == 0) {
				order = Long.compare(firsts[middle], first);
			}
			if (order == 0) {
				order = ORDER.compare(entries[middle], entry);
			}
			if (order < 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private void file(List<Entry> entries) {
		for (Entry entry : entries) {
			if (entry.units.length == 0) {
				withoutUnit++;
			}
			for (EObject unit : entry.units) {
				List<Entry> filed = byUnit.computeIfAbsent(unit, key -> new ArrayList<>());
				filed.add(entry);
				if (filed.size() > 64 && filed.size() % 64 == 1) {
					filed.removeIf(each -> each.removed); // entries replaced through another unit
				}
			}
		}
	}
}
