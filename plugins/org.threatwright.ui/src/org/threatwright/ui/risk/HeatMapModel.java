package org.threatwright.ui.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.risk.assessment.HeatMap;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.method.RiskLevel;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.register.RiskRegister;

/**
 * The heat map the risk view draws: the project's risk matrix with the number of <em>open</em> risks in each cell.
 * A risk is open while its finding is open or accepted (an accepted risk is retained, still there); a finding
 * triaged mitigated or not applicable takes its risk out of the map. The counting itself is the risk module's
 * {@link HeatMap}.
 */
public final class HeatMapModel {

	/** One cell of the matrix: indices on the method's scales (0 = lowest), value, level and open risks in it. */
	public record Cell(int impactIndex, int feasibilityIndex, String impact, String feasibility, int value,
			RiskLevel level, int count) {
	}

	private final RiskRegister register;
	private final Function<String, TriageStatus> statusOf;
	private final List<RiskAssessment> open = new ArrayList<>();
	private final int[][] counts;

	/**
	 * @param register the assessed risks
	 * @param statusOf the triage status of a finding by id
	 */
	public HeatMapModel(RiskRegister register, Function<String, TriageStatus> statusOf) {
		this.register = Objects.requireNonNull(register, "register");
		this.statusOf = Objects.requireNonNull(statusOf, "statusOf");
		RiskMethod method = register.method();
		counts = new int[method.impactScale().size()][method.feasibilityScale().size()];
		for (RiskAssessment risk : register.risks()) {
			if (isOpen(statusOf.apply(risk.findingId()))) {
				open.add(risk);
			}
		}
		HeatMap map = new HeatMap(method, open);
		for (HeatMap.Cell cell : map.cells()) {
			counts[method.impactScale().indexOf(cell.impact())][method.feasibilityScale().indexOf(cell.feasibility())] = cell
					.count();
		}
	}

	/** Whether a risk whose finding has this triage status is still to be dealt with. */
	public static boolean isOpen(TriageStatus status) {
		return status == null || status == TriageStatus.OPEN || status == TriageStatus.ACCEPTED;
	}

	public RiskMethod method() {
		return register.method();
	}

	/** The triage status of the risk's finding. */
	public TriageStatus statusOf(RiskAssessment risk) {
		TriageStatus status = statusOf.apply(risk.findingId());
		return status == null ? TriageStatus.OPEN : status;
	}

	/** The open risks, in the register's order. */
	public List<RiskAssessment> openRisks() {
		return List.copyOf(open);
	}

	/** Open risks in the cell of impact level {@code impactIndex} and feasibility level {@code feasibilityIndex}. */
	public int count(int impactIndex, int feasibilityIndex) {
		return counts[impactIndex][feasibilityIndex];
	}

	/** Open risks in the cell named by its levels, e.g. {@code count("severe", "high")}. */
	public int count(String impact, String feasibility) {
		return count(method().impactScale().indexOf(impact), method().feasibilityScale().indexOf(feasibility));
	}

	/** Every cell, highest impact first, then lowest feasibility first: the matrix as drawn. */
	public List<Cell> cells() {
		RiskMethod method = method();
		List<Cell> cells = new ArrayList<>();
		for (int impact = counts.length - 1; impact >= 0; impact--) {
			for (int feasibility = 0; feasibility < counts[impact].length; feasibility++) {
				int value = method.value(impact, feasibility);
				cells.add(new Cell(impact, feasibility, method.impactScale().level(impact),
						method.feasibilityScale().level(feasibility), value, method.level(value), counts[impact][feasibility]));
			}
		}
		return cells;
	}

	/** How many risks are open, of how many assessed. */
	public int openCount() {
		return open.size();
	}

	public int total() {
		return register.risks().size();
	}

	/**
	 * The register's risks in one cell ({@code cell} null: all of them), open or not, in the register's order: what
	 * the table shows when a cell is clicked.
	 */
	public List<RiskAssessment> risksIn(Cell cell) {
		if (cell == null) {
			return register.risks();
		}
		return register.risks().stream()
				.filter(r -> r.impactIndex() == cell.impactIndex() && r.feasibilityIndex() == cell.feasibilityIndex())
				.toList();
	}
}
