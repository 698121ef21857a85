package org.threatwright.risk.method;

import java.util.List;
import java.util.Objects;

/**
 * How a project rates risks: the impact and feasibility scales, the approach that rates feasibility, the matrix
 * from impact and feasibility to a risk value, the acceptance threshold (risks above it need treatment) and the
 * risk level of each value. {@link #defaultMethod()} is the example of ISO/SAE 21434 Annex H.
 *
 * @param name                a name people recognise the method by
 * @param impactScale         impact levels, lowest first
 * @param feasibilityScale    feasibility levels, lowest first
 * @param approach            how feasibility is rated
 * @param matrix              risk values by impact row and feasibility column
 * @param acceptanceThreshold the highest value accepted without treatment, 1 to {@link RiskMatrix#maxValue()}
 * @param levels              the risk level of each value 1..max, in value order
 */
public record RiskMethod(String name, Scale impactScale, Scale feasibilityScale, FeasibilityApproach approach,
		RiskMatrix matrix, int acceptanceThreshold, List<RiskLevel> levels) {

	/** The default impact scale (ISO/SAE 21434 15.5), lowest first. */
	public static final List<String> DEFAULT_IMPACT = List.of("negligible", "moderate", "major", "severe");
	/** The default feasibility scale (ISO/SAE 21434 15.7), lowest first. */
	public static final List<String> DEFAULT_FEASIBILITY = List.of("very low", "low", "medium", "high");

	public RiskMethod {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(approach, "approach");
		levels = List.copyOf(levels);
		if (matrix.impactLevels() != impactScale.size()) {
			throw new IllegalArgumentException("the risk matrix has " + matrix.impactLevels() + " rows, the impact scale "
					+ impactScale.size() + " levels");
		}
		if (matrix.feasibilityLevels() != feasibilityScale.size()) {
			throw new IllegalArgumentException("the risk matrix has " + matrix.feasibilityLevels()
					+ " columns, the feasibility scale " + feasibilityScale.size() + " levels");
		}
		if (acceptanceThreshold < 1 || acceptanceThreshold > matrix.maxValue()) {
			throw new IllegalArgumentException("the acceptance threshold " + acceptanceThreshold
					+ " is outside the risk values 1.." + matrix.maxValue());
		}
		if (levels.size() != matrix.maxValue()) {
			throw new IllegalArgumentException("the risk levels name " + levels.size() + " values, the matrix has values 1.."
					+ matrix.maxValue());
		}
		for (int value = 1; value < levels.size(); value++) {
			if (levels.get(value).ordinal() < levels.get(value - 1).ordinal()) {
				throw new IllegalArgumentException("the risk level of value " + (value + 1) + " (" + levels.get(value).label()
						+ ") is lower than that of value " + value + " (" + levels.get(value - 1).label() + ")");
			}
		}
	}

	/**
	 * ISO/SAE 21434 Annex H: four impact and four feasibility levels, attack potential, the example matrix (severe 2 3
	 * 4 5; major 1 2 3 4; moderate 1 2 2 3; negligible 1 1 1 1), values 1..5 as very low..very high, threshold 3.
	 */
	public static RiskMethod defaultMethod() {
		return new RiskMethod("ISO/SAE 21434 Annex H", new Scale("impact", DEFAULT_IMPACT),
				new Scale("feasibility", DEFAULT_FEASIBILITY), FeasibilityApproach.ATTACK_POTENTIAL,
				new RiskMatrix(new int[][] { { 1, 1, 1, 1 }, { 1, 2, 2, 3 }, { 1, 2, 3, 4 }, { 2, 3, 4, 5 } }), 3,
				List.of(RiskLevel.values()));
	}

	/**
	 * The levels of values 1..max spread evenly over the five risk levels (1 very low, max very high), for a method
	 * file that does not name them.
	 */
	public static List<RiskLevel> evenLevels(int maxValue) {
		RiskLevel[] all = RiskLevel.values();
		if (maxValue == 1) {
			return List.of(RiskLevel.VERY_LOW);
		}
		return java.util.stream.IntStream.rangeClosed(1, maxValue)
				.mapToObj(value -> all[(int) Math.round((value - 1) * (all.length - 1) / (double) (maxValue - 1))]).toList();
	}

	/** The risk value of impact level {@code impact} and feasibility level {@code feasibility} (indices, 0 = lowest). */
	public int value(int impact, int feasibility) {
		return matrix.value(impact, feasibility);
	}

	/** The risk level of {@code value} (1..max). */
	public RiskLevel level(int value) {
		return levels.get(value - 1);
	}

	public int maxValue() {
		return matrix.maxValue();
	}

	/** Whether {@code value} is above the acceptance threshold and so needs treatment. */
	public boolean exceedsThreshold(int value) {
		return value > acceptanceThreshold;
	}
}
