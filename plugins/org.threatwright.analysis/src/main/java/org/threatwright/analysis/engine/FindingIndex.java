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

	private static final Comparator<Entry> ORDER = Comparator.comparing(entry -> entry.key, FindingOrder.KEY_ORDER);

	private Entry[] sorted;
	private final Map<EObject, List<Entry>> byUnit = new IdentityHashMap<>();
	private int withoutUnit;

	/** Files {@code entries}, in any order. */
	FindingIndex(Collection<Entry> entries) {
		sorted = entries.toArray(Entry[]::new);
		Arrays.parallelSort(sorted, ORDER);
		file(Arrays.asList(sorted));
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

	/** The findings in register order. */
	List<Finding> findings() {
		List<Finding> findings = new ArrayList<>(sorted.length);
		for (Entry entry : sorted) {
			findings.add(entry.finding());
		}
		return findings;
	}

	/** Computes every key again, after the model order renumbered its positions (their relative order stays). */
	void rekey(FindingOrder order) {
		for (Entry entry : sorted) {
			entry.key = order.key(entry.finding());
		}
	}

	/**
	 * Drops every finding filed under one of {@code units} and files {@code fresh} instead, each of which
	 * must be about at least one of {@code units}.
	 */
	void replace(Set<EObject> units, List<Entry> fresh) {
		int removed = 0;
		for (EObject unit : units) {
			List<Entry> filed = byUnit.remove(unit);
			if (filed != null) {
				for (Entry entry : filed) {
					if (!entry.removed) {
						entry.removed = true;
						removed++;
					}
				}
			}
		}
		Entry[] added = fresh.toArray(Entry[]::new);
		Arrays.sort(added, ORDER);
		Entry[] merged = new Entry[sorted.length - removed + added.length];
		int from = 0;
		int out = 0;
		for (Entry entry : added) {
			int at = insertionPoint(entry, from);
			for (; from < at; from++) {
				if (!sorted[from].removed) {
					merged[out++] = sorted[from];
				}
			}
			merged[out++] = entry;
		}
		for (; from < sorted.length; from++) {
			if (!sorted[from].removed) {
				merged[out++] = sorted[from];
			}
		}
		sorted = merged;
		file(Arrays.asList(added));
	}

	/** The first index at or after {@code from} whose entry sorts after {@code entry}; removed entries still hold their place. */
	private int insertionPoint(Entry entry, int from) {
		int low = from;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ORDER.compare(sorted[middle], entry) < 0) {
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
