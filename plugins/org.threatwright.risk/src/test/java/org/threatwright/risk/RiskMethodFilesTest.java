package org.threatwright.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.threatwright.risk.method.FeasibilityApproach;
import org.threatwright.risk.method.RiskLevel;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.method.RiskMethodException;
import org.threatwright.risk.method.RiskMethodFiles;

/** Method files: round trip, the 5×5 example, and each kind of bad input with its exact message. */
class RiskMethodFilesTest {

	private static final String VALID = """
			{ "impactScale": ["low", "high"], "feasibilityScale": ["hard", "easy"],
			  "matrix": { "low": [1, 2], "high": [2, 3] }, "acceptanceThreshold": 2 }
			""";

	@Test
	void theDefaultMethodRoundTrips() {
		RiskMethod method = RiskMethod.defaultMethod();
		assertEquals(method, RiskMethodFiles.parse(RiskMethodFiles.toJson(method), "default"));
	}

	@Test
	void aSmallMethodWithDefaultsForWhatItLeavesOut() {
		RiskMethod method = RiskMethodFiles.parse(VALID, "m.json");
		assertEquals(FeasibilityApproach.ATTACK_POTENTIAL, method.approach());
		assertEquals(3, method.maxValue());
		assertEquals(java.util.List.of(RiskLevel.VERY_LOW, RiskLevel.MEDIUM, RiskLevel.VERY_HIGH), method.levels());
		assertEquals(method, RiskMethodFiles.parse(RiskMethodFiles.toJson(method), "again"));
	}

	@Test
	void theFiveByFiveExample() throws IOException {
		RiskMethod method = RiskMethodFiles.load(Path.of(System.getProperty("threatwright.examples"), "risk-method-5x5.json"));
		assertEquals(25, method.maxValue());
		assertEquals(12, method.value(3, 2)); // major × possible
		assertEquals(8, method.acceptanceThreshold());
		assertEquals(RiskLevel.HIGH, method.level(12));
		assertEquals(4, method.impactScale().fromPosition(3, 4)); // severe → catastrophic
		assertEquals(3, method.feasibilityScale().fromPosition(2, 4)); // medium → likely
		assertEquals(1, method.feasibilityScale().fromPosition(1, 4)); // low → unlikely
	}

	@Test
	void unknownScaleValueInTheMatrix() {
		assertProblem("$.matrix.huge", "not an impact level (expected one of low, high)",
				VALID.replace("\"high\": [2, 3]", "\"high\": [2, 3], \"huge\": [3, 3]"));
	}

	@Test
	void aMatrixWithAGap() {
		assertProblem("$.matrix.high", "missing: the matrix has no row for impact 'high'", VALID.replace(", \"high\": [2, 3]", ""));
	}

	@Test
	void aRowOfTheWrongLength() {
		assertProblem("$.matrix.low", "1 values, expected 2 (one per feasibility level: hard, easy)",
				VALID.replace("\"low\": [1, 2]", "\"low\": [1]"));
	}

	@Test
	void aValueBelowOne() {
		assertProblem("$.matrix.low[0]", "risk values start at 1, was 0", VALID.replace("\"low\": [1, 2]", "\"low\": [0, 2]"));
	}

	@Test
	void aMatrixThatFallsAsImpactRises() {
		assertProblem("$.matrix.high[1]", "1 is lower than 2 for impact 'low': a higher impact must never give a lower risk",
				VALID.replace("\"high\": [2, 3]", "\"high\": [1, 1]"));
	}

	@Test
	void aThresholdOutsideTheValues() {
		assertProblem("$.acceptanceThreshold", "4 is outside the risk values 1..3", VALID.replace(": 2 }", ": 4 }"));
		assertProblem("$.acceptanceThreshold", "0 is outside the risk values 1..3", VALID.replace(": 2 }", ": 0 }"));
	}

	@Test
	void anUnknownApproach() {
		assertProblem("$.feasibilityApproach", "unknown approach 'dice' (expected attack-potential, cvss or attack-vector)",
				VALID.replaceFirst("\\{ ", "{ \"feasibilityApproach\": \"dice\", "));
	}

	@Test
	void anUnknownKeyAndWrongLevels() {
		assertProblem("$.matrics", "unknown key (expected acceptanceThreshold, feasibilityApproach, feasibilityScale,"
				+ " impactScale, levels, matrix, name)", VALID.replaceFirst("\\{ ", "{ \"matrics\": 1, "));
		assertProblem("$.levels", "expected 3 risk levels, one per risk value 1..3, was 2",
				VALID.replaceFirst("\\{ ", "{ \"levels\": [\"low\", \"high\"], "));
		assertProblem("$.levels[1]", "'huge' is not a risk level (expected very low, low, medium, high or very high)",
				VALID.replaceFirst("\\{ ", "{ \"levels\": [\"low\", \"huge\", \"high\"], "));
		assertProblem("$.impactScale[1]", "'low' is named twice", VALID.replace("[\"low\", \"high\"]", "[\"low\", \"low\"]"));
	}

	@Test
	void notJsonAtAll() {
		RiskMethodException e = assertThrows(RiskMethodException.class, () -> RiskMethodFiles.parse("{ \"matrix\": ", "m.json"));
		assertEquals("m.json", e.source());
		assertEquals("line 1, column 13", e.path());
	}

	private static void assertProblem(String path, String problem, String json) {
		RiskMethodException e = assertThrows(RiskMethodException.class, () -> RiskMethodFiles.parse(json, "m.json"));
		assertEquals("m.json: " + path + ": " + problem, e.getMessage());
	}
}
