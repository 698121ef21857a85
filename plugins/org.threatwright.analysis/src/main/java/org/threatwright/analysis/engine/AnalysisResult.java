package org.threatwright.analysis.engine;

import java.util.List;

import org.threatwright.analysis.api.Finding;

/** The findings of one analysis, in deterministic order, and the rules that failed. */
public record AnalysisResult(List<Finding> findings, List<RuleFailure> failures) {

	public AnalysisResult {
		findings = List.copyOf(findings);
		failures = List.copyOf(failures);
	}

	public boolean complete() {
		return failures.isEmpty();
	}
}
