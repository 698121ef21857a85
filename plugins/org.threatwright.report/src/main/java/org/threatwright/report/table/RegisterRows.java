package org.threatwright.report.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.report.ReportData;
import org.threatwright.risk.assessment.RiskAssessment;

/**
 * The threat register as rows of text, one per finding in the analysis's order, with its triage decision and, when
 * risks were assessed, its risk: what the CSV file and the XLSX sheet hold, so that both have the same columns.
 */
public final class RegisterRows {

	public static final List<String> HEADER = List.of("finding id", "severity", "stride", "rule", "title", "elements",
			"status", "decided by", "justification", "risk value", "risk level", "treatment", "residual value", "explanation",
			"mitigation", "cwe");

	private RegisterRows() {
	}

	public static List<List<String>> of(ReportData data) {
		Map<String, RiskAssessment> risks = data.riskRegister().map(r -> r.risks().stream()
				.collect(Collectors.toMap(RiskAssessment::findingId, Function.identity(), (a, b) -> a))).orElse(Map.of());
		List<List<String>> rows = new ArrayList<>();
		for (Finding finding : data.threats().findings()) {
			Optional<TriageDecision> decision = data.threats().decisionOf(finding);
			RiskAssessment risk = risks.get(finding.id());
			rows.add(List.of(finding.id(), finding.severity().label(), finding.stride().label(), finding.ruleId(),
					finding.title(), elements(finding.subjects()), data.threats().statusOf(finding).label(),
					decision.map(TriageDecision::by).orElse(""), decision.map(TriageDecision::justification).orElse(""),
					risk == null ? "" : Integer.toString(risk.value()), risk == null ? "" : risk.level().label(),
					risk == null || risk.treatment() == null ? "" : risk.treatment().option().name().toLowerCase(java.util.Locale.ROOT),
					risk == null ? "" : Integer.toString(risk.residualValue()), finding.explanation(), finding.rule().mitigation(),
					finding.rule().cwe().stream().map(c -> "CWE-" + c).collect(Collectors.joining(" "))));
		}
		return rows;
	}

	/** {@code Hub (Gateway); Cloud (CloudService)}. */
	public static String elements(List<ElementRef> subjects) {
		return subjects.stream().map(s -> (s.name().isEmpty() ? s.id() : s.name()) + " (" + s.kind() + ")")
				.collect(Collectors.joining("; "));
	}
}
