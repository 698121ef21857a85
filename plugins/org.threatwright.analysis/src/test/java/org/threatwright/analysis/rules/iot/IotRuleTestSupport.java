package org.threatwright.analysis.rules.iot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SmallModels;

/** Runs one IoT rule on a (changed) small model and checks what it found. */
abstract class IotRuleTestSupport {

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	final SmallModels small = new SmallModels();

	List<Finding> run(ThreatRule rule) {
		AnalysisResult result = new ThreatAnalysis(small.model, List.of(rule), DAY).run();
		assertEquals(List.of(), result.failures());
		return result.findings();
	}

	static String id(String ruleId, ModelElement... subjects) {
		StringBuilder id = new StringBuilder(ruleId);
		for (ModelElement subject : subjects) {
			id.append('@').append(subject.getId());
		}
		return id.toString();
	}

	static List<String> ids(List<Finding> findings) {
		return findings.stream().map(Finding::id).toList();
	}

	/** The rule finds exactly the one expected finding, of that severity, whose explanation has all the words. */
	Finding assertOnly(ThreatRule rule, String expectedId, Severity severity, String... words) {
		List<Finding> findings = run(rule);
		assertEquals(List.of(expectedId), ids(findings));
		Finding finding = findings.get(0);
		assertEquals(severity, finding.severity(), finding.explanation());
		for (String word : words) {
			assertTrue(finding.explanation().contains(word), "'" + word + "' missing from: " + finding.explanation());
		}
		return finding;
	}

	/** The finding with that id among {@code findings}. */
	static Finding byId(List<Finding> findings, String id) {
		return findings.stream().filter(f -> f.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError(id + " not among " + ids(findings)));
	}

	/** The ids of the findings, as a set: the engine orders findings by severity, rule and id, not model order. */
	static java.util.Set<String> idSet(List<Finding> findings) {
		return java.util.Set.copyOf(ids(findings));
	}

	void assertNone(ThreatRule rule) {
		assertEquals(List.of(), ids(run(rule)));
	}
}
