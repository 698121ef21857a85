package org.threatwright.ui.requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.requirements.Control;
import org.threatwright.risk.requirements.Requirement;
import org.threatwright.risk.requirements.RequirementBook;
import org.threatwright.risk.requirements.RequirementVerification;

/**
 * The rows of the requirements view: each requirement with its status, the risks it answers (from the current risk
 * register), the controls that implement it and its verification state, as {@code threatwright requirement list}
 * states them.
 */
public final class RequirementRows {

	/**
	 * One requirement.
	 *
	 * @param risks        how many linked findings have a risk, and the highest value and level among them
	 * @param controls     the implementing controls, {@code CTL-1 (implemented)}
	 * @param verification verified, failed or unverified, with the deciding evidence
	 */
	public record Row(Requirement requirement, String risks, String controls, String verification) {
	}

	private RequirementRows() {
	}

	/**
	 * @param risksByFinding the current risks by finding id (empty when none are assessed)
	 */
	public static List<Row> of(RequirementBook book, Map<String, RiskAssessment> risksByFinding) {
		RequirementVerification verification = RequirementVerification.of(book);
		List<Row> rows = new ArrayList<>();
		for (Requirement requirement : book.requirements()) {
			List<RiskAssessment> risks = requirement.findings().stream().map(risksByFinding::get)
					.filter(java.util.Objects::nonNull).toList();
			String riskText = risks.isEmpty() ? ""
					: risks.size() + " (highest " + risks.stream().mapToInt(RiskAssessment::value).max().getAsInt() + ", "
							+ risks.stream().map(RiskAssessment::level).max(Enum::compareTo).get().label() + ")";
			String controls = book.controls().stream().filter(c -> c.requirements().contains(requirement.id()))
					.map(c -> c.id() + " (" + c.status().label() + ")").collect(Collectors.joining(", "));
			RequirementVerification.Verification verified = verification.of(requirement.id());
			String state = verified.state().label() + (verified.decidedBy() == null ? ""
					: " by " + verified.decidedBy().id() + " (" + verified.decidedBy().kind().label() + ", "
							+ verified.decidedBy().date() + ")");
			rows.add(new Row(requirement, riskText, controls, state));
		}
		return rows;
	}

	/** The controls of the book, one line each, for the summary under the table. */
	public static List<String> controlLines(RequirementBook book) {
		Function<Control, String> line = c -> c.id() + " " + c.status().label() + ": " + c.title() + " (implements "
				+ String.join(", ", c.requirements()) + ")";
		return book.controls().stream().map(line).toList();
	}
}
