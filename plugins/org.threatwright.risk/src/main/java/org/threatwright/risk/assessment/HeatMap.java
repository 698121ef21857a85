package org.threatwright.risk.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.threatwright.risk.method.RiskMethod;

/**
 * How many risks fall in each cell of the risk matrix (by initial impact and feasibility), and how many have each
 * risk value, initially and after treatment. Every cell and every value 1..max is listed, empty ones with 0.
 */
public final class HeatMap {

	/** One cell: impact and feasibility level, the matrix value there and how many risks are in it. */
	public record Cell(String impact, String feasibility, int value, int count) {
	}

	private final List<Cell> cells = new ArrayList<>();
	private final SortedMap<Integer, Integer> byValue = new TreeMap<>();
	private final SortedMap<Integer, Integer> byResidualValue = new TreeMap<>();

	public HeatMap(RiskMethod method, Collection<RiskAssessment> risks) {
		int[][] counts = new int[method.impactScale().size()][method.feasibilityScale().size()];
		for (int value = 1; value <= method.maxValue(); value++) {
			byValue.put(value, 0);
			byResidualValue.put(value, 0);
		}
		for (RiskAssessment risk : risks) {
			counts[risk.impactIndex()][risk.feasibilityIndex()]++;
			byValue.merge(risk.value(), 1, Integer::sum);
			byResidualValue.merge(risk.residualValue(), 1, Integer::sum);
		}
		for (int impact = counts.length - 1; impact >= 0; impact--) {
			for (int feasibility = 0; feasibility < counts[impact].length; feasibility++) {
				cells.add(new Cell(method.impactScale().level(impact), method.feasibilityScale().level(feasibility),
						method.value(impact, feasibility), counts[impact][feasibility]));
			}
		}
	}

	/** Every cell, highest impact first, then lowest feasibility first (the matrix as printed). */
	public List<Cell> cells() {
		return Collections.unmodifiableList(cells);
	}

	/** Risks per initial value, every value 1..max. */
	public SortedMap<Integer, Integer> byValue() {
		return Collections.unmodifiableSortedMap(byValue);
	}

	/** Risks per residual value, every value 1..max. */
	public SortedMap<Integer, Integer> byResidualValue() {
		return Collections.unmodifiableSortedMap(byResidualValue);
	}
}
