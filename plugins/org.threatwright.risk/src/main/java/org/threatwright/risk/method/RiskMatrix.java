package org.threatwright.risk.method;

import java.util.Arrays;

/**
 * Risk values by impact (rows) and attack feasibility (columns), both lowest level first. Values are 1 or more and
 * never decrease along a row or down a column, so raising impact or feasibility never lowers a risk.
 */
public final class RiskMatrix {

	private final int[][] values;
	private final int maxValue;

	/**
	 * @param values one row per impact level (lowest first), each with one value per feasibility level (lowest first)
	 * @throws IllegalArgumentException when a row is missing or of another length, a value is below 1, or a value is
	 *                                  lower than the one below or to the left of it
	 */
	public RiskMatrix(int[][] values) {
		if (values.length == 0 || values[0].length == 0) {
			throw new IllegalArgumentException("the risk matrix is empty");
		}
		this.values = new int[values.length][];
		int max = 0;
		for (int row = 0; row < values.length; row++) {
			if (values[row] == null || values[row].length != values[0].length) {
				throw new IllegalArgumentException("row " + row + " of the risk matrix has "
						+ (values[row] == null ? 0 : values[row].length) + " values, expected " + values[0].length);
			}
			this.values[row] = values[row].clone();
			for (int column = 0; column < values[row].length; column++) {
				int value = values[row][column];
				if (value < 1) {
					throw new IllegalArgumentException("risk values start at 1, the matrix has " + value);
				}
				max = Math.max(max, value);
			}
		}
		String drop = firstDecrease(this.values);
		if (drop != null) {
			throw new IllegalArgumentException(drop);
		}
		this.maxValue = max;
	}

	/** Where the matrix decreases with rising impact or feasibility, or null when it never does. */
	static String firstDecrease(int[][] values) {
		for (int row = 0; row < values.length; row++) {
			for (int column = 0; column < values[row].length; column++) {
				if (column > 0 && values[row][column] < values[row][column - 1]) {
					return "the risk value falls from " + values[row][column - 1] + " to " + values[row][column]
							+ " as feasibility rises (impact row " + row + ", feasibility column " + column + ")";
				}
				if (row > 0 && values[row][column] < values[row - 1][column]) {
					return "the risk value falls from " + values[row - 1][column] + " to " + values[row][column]
							+ " as impact rises (impact row " + row + ", feasibility column " + column + ")";
				}
			}
		}
		return null;
	}

	public int impactLevels() {
		return values.length;
	}

	public int feasibilityLevels() {
		return values[0].length;
	}

	/** The risk value for impact level {@code impact} and feasibility level {@code feasibility} (0 = lowest). */
	public int value(int impact, int feasibility) {
		return values[impact][feasibility];
	}

	/** The highest value in the matrix: risk values run from 1 to this. */
	public int maxValue() {
		return maxValue;
	}

	/** A copy of the rows. */
	public int[][] rows() {
		int[][] copy = new int[values.length][];
		for (int row = 0; row < values.length; row++) {
			copy[row] = values[row].clone();
		}
		return copy;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RiskMatrix matrix && Arrays.deepEquals(values, matrix.values);
	}

	@Override
	public int hashCode() {
		return Arrays.deepHashCode(values);
	}

	@Override
	public String toString() {
		return Arrays.deepToString(values);
	}
}
