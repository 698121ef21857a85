package org.threatwright.analysis.register;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.RuleFailure;
import org.threatwright.analysis.paths.EntryPointReach;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.model.SystemModel;

/**
 * The threat register of one model on one day: what {@code threatwright analyze} writes and the desktop
 * application shows. Findings are derived; the triage decisions people made are joined to them by finding id,
 * and a decision whose finding is no longer derived is reported as resolved, never dropped.
 */
public record ThreatRegister(String modelId, String product, String release, LocalDate evaluationDate,
		List<Finding> findings, List<RuleFailure> failures, List<TargetPaths> attackPaths,
		List<EntryPointReach> blastRadius, Map<String, TriageDecision> triage) {

	public ThreatRegister {
		findings = List.copyOf(findings);
		failures = List.copyOf(failures);
		attackPaths = List.copyOf(attackPaths);
		blastRadius = List.copyOf(blastRadius);
		triage = Map.copyOf(triage);
	}

	public static ThreatRegister of(SystemModel model, LocalDate evaluationDate, AnalysisResult result,
			List<TargetPaths> attackPaths, List<EntryPointReach> blastRadius, Map<String, TriageDecision> triage) {
		return new ThreatRegister(model.getId(), model.getName(), model.getRelease(), evaluationDate,
				result.findings(), result.failures(), attackPaths, blastRadius, triage);
	}

	/** The decision about {@code finding}, if someone made one. */
	public Optional<TriageDecision> decisionOf(Finding finding) {
		return Optional.ofNullable(triage.get(finding.id()));
	}

	public TriageStatus statusOf(Finding finding) {
		return decisionOf(finding).map(TriageDecision::status).orElse(TriageStatus.OPEN);
	}

	/** Decisions about findings that are no longer derived (the model changed so the rule stopped firing), by id. */
	public List<TriageDecision> resolved() {
		Set<String> derived = findings.stream().map(Finding::id).collect(Collectors.toSet());
		return triage.values().stream().filter(decision -> !derived.contains(decision.findingId()))
				.sorted(Comparator.comparing(TriageDecision::findingId)).toList();
	}

	public long openCount() {
		return findings.stream().filter(finding -> statusOf(finding) == TriageStatus.OPEN).count();
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

	/** Whether an open (untriaged or reopened) finding at or above {@code threshold} exists. */
	public boolean hasOpenAtLeast(Severity threshold) {
		return findings.stream()
				.anyMatch(finding -> finding.severity().atLeast(threshold) && statusOf(finding) == TriageStatus.OPEN);
	}
}
