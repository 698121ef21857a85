package org.threatwright.ui.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.threatwright.kb.compliance.CheckResult;
import org.threatwright.kb.compliance.ClauseResult;
import org.threatwright.kb.compliance.ComplianceReport;
import org.threatwright.kb.compliance.ComplianceStatus;
import org.threatwright.kb.compliance.Evidence;
import org.threatwright.kb.compliance.Violation;
import org.threatwright.risk.requirements.Control;
import org.threatwright.risk.requirements.Requirement;
import org.threatwright.risk.requirements.RequirementBook;

/**
 * What the compliance dashboard shows of a report: one row per clause with its status, the totals per status, and a
 * clause's evidence drilled down: the automated checks with what satisfied or violated them, and the requirements,
 * controls, verification evidence and findings recorded for the clause.
 */
public final class ComplianceRows {

	private final ComplianceReport report;

	public ComplianceRows(ComplianceReport report) {
		this.report = report;
	}

	public ComplianceReport report() {
		return report;
	}

	/** Every clause, in catalogue and notation order. */
	public List<ClauseResult> rows() {
		return report.clauses();
	}

	/** Clauses per status, every status present. */
	public Map<ComplianceStatus, Integer> totals() {
		return report.counts();
	}

	/** The totals in words: {@code 3 met, 1 not met, 20 need manual evidence, 4 not applicable, 1 reserved}. */
	public String summary() {
		Map<ComplianceStatus, Integer> totals = totals();
		return totals.get(ComplianceStatus.MET) + " met, " + totals.get(ComplianceStatus.NOT_MET) + " not met, "
				+ totals.get(ComplianceStatus.MANUAL) + " need manual evidence, " + totals.get(ComplianceStatus.NOT_APPLICABLE)
				+ " not applicable, " + totals.get(ComplianceStatus.RESERVED) + " reserved";
	}

	/**
	 * The evidence of one clause, one line each, grouped under headings: the automated checks (status, reason, what
	 * satisfied them, what violated them, what they cannot see), then the requirements serving the clause, the controls
	 * serving it or implementing those requirements, the verification evidence about any of these, and the findings
	 * of those requirements.
	 */
	public static List<String> evidence(ClauseResult clause, RequirementBook book) {
		List<String> lines = new ArrayList<>();
		lines.add(clause.notation() + " " + clause.title() + ": " + clause.status().label());
		lines.add(clause.reason());
		if (clause.applicability() != null) {
			lines.add("Applies: " + clause.applicability());
		}
		lines.add("");
		lines.add("Automated checks: " + clause.checks().size());
		for (CheckResult check : clause.checks()) {
			lines.add("  " + check.status().label() + ": " + check.label() + (check.reason() == null ? "" : ": " + check.reason()));
			for (Evidence evidence : check.evidence()) {
				lines.add("    satisfied by " + evidence.describe());
			}
			for (Violation violation : check.violations()) {
				lines.add("    violated by " + (violation.name() != null ? violation.name() : violation.focusIri()) + ": "
						+ violation.message());
			}
			if (check.manualPart() != null) {
				lines.add("    needs manual evidence: " + check.manualPart());
			}
		}
		List<Requirement> requirements = book == null ? List.of()
				: book.requirements().stream().filter(r -> r.clauses().contains(clause.iri())).toList();
		Set<String> requirementIds = requirements.stream().map(Requirement::id).collect(Collectors.toSet());
		List<Control> controls = book == null ? List.of()
				: book.controls().stream().filter(c -> c.clauses().contains(clause.iri())
						|| c.requirements().stream().anyMatch(requirementIds::contains)).toList();
		Set<String> controlIds = controls.stream().map(Control::id).collect(Collectors.toSet());
		List<org.threatwright.risk.requirements.Evidence> verifications = book == null ? List.of()
				: book.evidence().stream().filter(e -> e.clauses().contains(clause.iri())
						|| e.requirements().stream().anyMatch(requirementIds::contains)
						|| e.controls().stream().anyMatch(controlIds::contains)).toList();
		Set<String> findings = new LinkedHashSet<>();
		requirements.forEach(r -> findings.addAll(r.findings()));
		lines.add("");
		lines.add("Requirements: " + requirements.size());
		requirements.forEach(r -> lines.add("  " + r.id() + " (" + r.status().label() + ") " + r.title()));
		lines.add("Controls: " + controls.size());
		controls.forEach(c -> lines.add("  " + c.id() + " (" + c.status().label() + ") " + c.title()));
		lines.add("Verifications: " + verifications.size());
		verifications.forEach(e -> lines.add("  " + e.id() + " " + e.kind().label() + " " + e.result().label() + " on "
				+ e.date() + (e.summary() == null ? "" : ": " + e.summary())));
		lines.add("Findings: " + findings.size());
		findings.forEach(f -> lines.add("  " + f));
		return lines;
	}
}
