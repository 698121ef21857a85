package org.threatwright.analysis.rules.supplychain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.model.SystemModel;

/** Runs one rule through the engine on the evaluation day of all supply-chain tests, and checks it did not fail. */
final class RuleRun {

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	private RuleRun() {
	}

	static List<Finding> findings(SystemModel model, ThreatRule rule) {
		AnalysisResult result = new ThreatAnalysis(model, List.of(rule), DAY).run();
		assertEquals(List.of(), result.failures());
		return result.findings();
	}

	static List<String> ids(SystemModel model, ThreatRule rule) {
		return findings(model, rule).stream().map(Finding::id).toList();
	}

	/** The single finding of the rule, after checking that it is the only one and has the expected id. */
	static Finding only(SystemModel model, ThreatRule rule, String expectedId) {
		List<Finding> findings = findings(model, rule);
		assertEquals(List.of(expectedId), findings.stream().map(Finding::id).toList());
		return findings.get(0);
	}

	/** The finding with the given id among the rule's findings (the engine orders findings by id, not by model order). */
	static Finding find(SystemModel model, ThreatRule rule, String findingId) {
		return findings(model, rule).stream().filter(f -> f.id().equals(findingId)).findFirst()
				.orElseThrow(() -> new AssertionError("no finding " + findingId));
	}

	static void assertMentions(Finding finding, String... phrases) {
		for (String phrase : phrases) {
			assertTrue(finding.explanation().contains(phrase), "'" + phrase + "' missing from: " + finding.explanation());
		}
	}

	static String id(ThreatRule rule, String... subjectIds) {
		return rule.id() + "@" + String.join("@", subjectIds);
	}
}
