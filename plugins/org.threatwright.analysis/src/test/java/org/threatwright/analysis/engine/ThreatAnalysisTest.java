package org.threatwright.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.Explanation;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.rules.stride.StrideRules;
import org.threatwright.model.SmallModels;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;

class ThreatAnalysisTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
	private final SmallModels small = new SmallModels();

	/** A test rule whose descriptor is {@code ID.json} in this test package's resources. */
	private static ThreatRule misbehaving(String id, java.util.function.BiConsumer<AnalysisContext, FindingSink> body) {
		return new ThreatRule() {
			@Override
			public String id() {
				return id;
			}

			@Override
			public void evaluate(AnalysisContext context, FindingSink findings) {
				body.accept(context, findings);
			}
		};
	}

	@Test
	void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
		List<ThreatRule> rules = new ArrayList<>(StrideRules.ALL);
		rules.add(0, misbehaving("test-throwing", (context, findings) -> {
			throw new IllegalStateException("boom");
		}));
		AnalysisResult result = new ThreatAnalysis(small.model, rules, DAY).run();
		assertFalse(result.complete());
		assertEquals(List.of(new RuleFailure("test-throwing",
				"the rule failed and reported nothing: java.lang.IllegalStateException: boom")), result.failures());
		assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("stride-process-spoofing")));
	}

	@Test
	void aRuleThatChangesTheModelIsReportedAndItsFindingsDiscarded() {
		ThreatRule impure = misbehaving("test-impure", (context, findings) -> {
			findings.report(List.of(context.model().getElements().get(0)), "x");
			context.model().getElements().get(0).setName("renamed by a rule");
		});
		AnalysisResult result = new ThreatAnalysis(small.model, List.of(impure), DAY).run();
		assertEquals(List.of(), result.findings());
		assertEquals(1, result.failures().size());
		assertTrue(result.failures().get(0).message().startsWith("the rule changed the model (1 changes)"));
		assertTrue(small.model.eAdapters().isEmpty(), "the guard must be removed after the run");
	}

	@Test
	void aRuleWithoutDescriptorIsReported() {
		ThreatRule orphan = new ThreatRule() {
			@Override
			public String id() {
				return "no-such-rule";
			}

			@Override
			public void evaluate(AnalysisContext context, FindingSink findings) {
			}
		};
		AnalysisResult result = new ThreatAnalysis(small.model, List.of(orphan), DAY).run();
		assertTrue(result.failures().get(0).message().startsWith("rule no-such-rule ("), result.failures().toString());
		assertTrue(result.failures().get(0).message().endsWith("has no descriptor org/threatwright/analysis/engine/no-such-rule.json"),
				result.failures().toString());
	}

	@Test
	void findingsOfOneRuleFollowTheModelOrder() {
		List<Finding> findings = new ThreatAnalysis(small.model, List.of(StrideRules.ALL.get(2)), DAY).run().findings();
		assertEquals(List.of(small.sensor.getId(), small.hub.getId(), small.cloud.getId(), small.agent.getId()),
				findings.stream().map(f -> f.subjects().get(0).id()).toList()); // process spoofing, in element order
	}

	@Test
	void aFindingReportedTwiceAppearsOnce() {
		ThreatRule twice = misbehaving("test-twice", (context, findings) -> {
			findings.report(List.of(context.model().getElements().get(0)), "first");
			findings.report(List.of(context.model().getElements().get(0)), "second");
		});
		List<Finding> findings = new ThreatAnalysis(small.model, List.of(twice), DAY).run().findings();
		assertEquals(1, findings.size());
		assertEquals("first", findings.get(0).explanation());
	}

	@Test
	void anExplanationWrittenWhenReadKeepsTheValuesOfTheRun() {
		ThreatRule deferred = misbehaving("test-twice", (context, findings) -> {
			findings.report(List.of(small.hub), Explanation.of("Element '", small.hub.getName(), "' has ",
					small.hub.getInterfaces().size(), " interfaces."));
		});
		Finding finding = new ThreatAnalysis(small.model, List.of(deferred), DAY).run().findings().get(0);
		String name = small.hub.getName();
		small.hub.setName("renamed after the analysis");
		assertEquals("Element '" + name + "' has " + small.hub.getInterfaces().size() + " interfaces.",
				finding.explanation());
		assertEquals("test-twice@" + small.hub.getId(), finding.id());
	}

	@Test
	void findingsAboutSeveralSubjectsAreTheSameOnlyWithTheSameSubjectsInTheSameOrder() {
		ThreatRule pairs = misbehaving("test-twice", (context, findings) -> {
			findings.report(List.of(small.hub, small.sensor), "pair");
			findings.report(List.of(small.hub, small.sensor), Explanation.of("pair again"));
			findings.report(List.of(small.sensor, small.hub), "reversed");
			findings.report(List.of(small.hub), "alone");
		});
		List<Finding> findings = new ThreatAnalysis(small.model, List.of(pairs), DAY).run().findings();
		assertEquals(java.util.Set.of("pair", "reversed", "alone"),
				findings.stream().map(Finding::explanation).collect(java.util.stream.Collectors.toSet()));
		assertEquals(java.util.Set.of("test-twice@" + small.hub.getId() + "@" + small.sensor.getId(),
				"test-twice@" + small.sensor.getId() + "@" + small.hub.getId(), "test-twice@" + small.hub.getId()),
				findings.stream().map(Finding::id).collect(java.util.stream.Collectors.toSet()));
	}

	@Test
	void twoRunsOnEachExampleGiveTheSameFindingsInTheSameOrder() throws Exception {
		for (Path example : examples()) {
			SystemModel model = ModelFiles.load(example);
			AnalysisResult first = new ThreatAnalysis(model, BuiltInRules.all(), DAY).run();
			AnalysisResult second = new ThreatAnalysis(ModelFiles.load(example), BuiltInRules.all(), DAY).run();
			assertEquals(List.of(), first.failures(), example.toString());
			assertEquals(first.findings().stream().map(Finding::toString).toList(),
					second.findings().stream().map(Finding::toString).toList(), example.toString());
			assertFalse(first.findings().isEmpty());
		}
	}

	private static List<Path> examples() throws Exception {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("threatwright.examples")))) {
			return files.filter(f -> f.toString().endsWith(".tw")).sorted().toList();
		}
	}
}
