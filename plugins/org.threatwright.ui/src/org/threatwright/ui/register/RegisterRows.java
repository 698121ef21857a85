package org.threatwright.ui.register;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.triage.TriageStatus;

/**
 * The rows a virtual table shows: the findings that pass a filter, in the order of a column (or in the
 * analysis's own order). Only an index array is kept, so that 50,000 findings cost 50,000 ints, and the table
 * asks for the rows it paints. Filtering is linear, sorting n log n.
 */
public final class RegisterRows {

	private final List<Finding> findings;
	private final Function<Finding, TriageStatus> status;
	private RegisterFilter filter = RegisterFilter.ALL;
	private RegisterColumn sortColumn;
	private boolean ascending = true;
	private int[] rows;

	/** All findings in the analysis order; {@code status} gives each finding's current triage status. */
	public RegisterRows(List<Finding> findings, Function<Finding, TriageStatus> status) {
		this.findings = List.copyOf(findings);
		this.status = status;
		update();
	}

	public void setFilter(RegisterFilter newFilter) {
		this.filter = newFilter == null ? RegisterFilter.ALL : newFilter;
		update();
	}

	/** Sorts by {@code column} (null: the analysis order). */
	public void sortBy(RegisterColumn column, boolean inAscendingOrder) {
		this.sortColumn = column;
		this.ascending = inAscendingOrder;
		update();
	}

	public RegisterFilter filter() {
		return filter;
	}

	public RegisterColumn sortColumn() {
		return sortColumn;
	}

	public boolean ascending() {
		return ascending;
	}

	/** Filters and sorts again: after a triage decision, a status filter or sort may place the finding elsewhere. */
	public void update() {
		int[] passing = new int[findings.size()];
		int count = 0;
		for (int i = 0; i < findings.size(); i++) {
			Finding finding = findings.get(i);
			if (filter.accepts(finding, status.apply(finding))) {
				passing[count++] = i;
			}
		}
		if (sortColumn == null) {
			rows = Arrays.copyOf(passing, count);
			return;
		}
		Comparator<Finding> order = sortColumn.comparator(status);
		Comparator<Integer> byIndex = Comparator.comparing(findings::get, ascending ? order : order.reversed());
		rows = Arrays.stream(passing, 0, count).boxed().sorted(byIndex.thenComparing(Comparator.naturalOrder()))
				.mapToInt(Integer::intValue).toArray();
	}

	/** How many findings pass the filter. */
	public int size() {
		return rows.length;
	}

	/** How many findings there are in all. */
	public int total() {
		return findings.size();
	}

	public Finding get(int row) {
		return findings.get(rows[row]);
	}

	/** The row showing the finding with {@code id}, or -1 when the filter hides it. */
	public int rowOf(String id) {
		for (int row = 0; row < rows.length; row++) {
			if (findings.get(rows[row]).id().equals(id)) {
				return row;
			}
		}
		return -1;
	}
}
