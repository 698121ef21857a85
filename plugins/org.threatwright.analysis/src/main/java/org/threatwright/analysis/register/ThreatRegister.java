package org.threatwright.analysis.register;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.RuleFailure;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.model.SystemModel;

/**
 * The threat register of one model on one day: what {@code threatwright analyze} writes and the desktop
 * application shows. Every finding is open until triage exists (it comes with the knowledge base).
 */
public record ThreatRegister(String modelId, String product, String release, LocalDate evaluationDate,
		List<Finding> findings, List<RuleFailure> failures, List<TargetPaths> attackPaths) {

	public static final String OPEN = "open";

	public ThreatRegister {
		findings = List.copyOf(findings);
		failures = List.copyOf(failures);
		attackPaths = List.copyOf(attackPaths);
	}

	public static ThreatRegister of(SystemModel model, LocalDate evaluationDate, AnalysisResult result,
			List<TargetPaths> attackPaths) {
		return new ThreatRegister(model.getId(), model.getName(), model.getRelease(), evaluationDate,
				result.findings(), result.failures(), attackPaths);
	}

	/** Finding counts per severity, every severity present, most severe first. */
	public Map<Severity, Integer> countsBySeverity() {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0);
		}
		findings.forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
		return counts;
	}

	/** Whether an open finding at or above {@code threshold} exists. */
	public boolean hasOpenAtLeast(Severity threshold) {
		return findings.stream().anyMatch(finding -> finding.severity().atLeast(threshold));
	}
}
