package org.threatwright.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.assessment.RiskAssessor;
import org.threatwright.risk.decision.RiskDecisions;
import org.threatwright.risk.method.FeasibilityApproach;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.method.RiskMethodFiles;

/** On every example model, under every approach and the 5×5 method: every finding has a value with its explanation. */
class ExampleModelsRiskTest {

	static Stream<Path> examples() throws IOException {
		return Files.list(Path.of(System.getProperty("threatwright.examples"))).filter(p -> p.toString().endsWith(".tw")).sorted();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyFindingHasARiskWithItsExplanation(Path file) throws Exception {
		SystemModel model = ModelFiles.load(file);
		List<Finding> findings = new ThreatAnalysis(model, BuiltInRules.all(), LocalDate.of(2026, 11, 23)).run().findings();
		assertFalse(findings.isEmpty());
		List<RiskMethod> methods = List.of(RiskMethod.defaultMethod(), WorkedExamplesTest.withApproach(FeasibilityApproach.CVSS),
				WorkedExamplesTest.withApproach(FeasibilityApproach.ATTACK_VECTOR),
				RiskMethodFiles.load(file.resolveSibling("risk-method-5x5.json")));
		for (RiskMethod method : methods) {
			List<RiskAssessment> risks = new RiskAssessor(method, model, findings, RiskDecisions.none()).assessments();
			assertEquals(findings.size(), risks.size());
			for (int i = 0; i < risks.size(); i++) {
				RiskAssessment risk = risks.get(i);
				assertEquals(findings.get(i).id(), risk.findingId());
				assertTrue(risk.value() >= 1 && risk.value() <= method.maxValue(), risk.findingId());
				assertEquals(method.value(risk.impactIndex(), risk.feasibilityIndex()), risk.value());
				assertTrue(risk.explanation().stream().anyMatch(line -> line.startsWith("risk value " + risk.value() + " ")),
						risk.explanation()::toString);
				assertTrue(risk.explanation().stream().anyMatch(line -> line.startsWith("path: ")), risk.findingId());
				assertEquals(4 + 1, risk.explanation().stream().filter(line -> line.startsWith("impact")).count(), risk.findingId());
			}
			// the example models are drawn to have real exposure: not everything may collapse to one value
			assertTrue(risks.stream().map(RiskAssessment::value).distinct().count() > 1, file + " " + method.name());
		}
	}
}
