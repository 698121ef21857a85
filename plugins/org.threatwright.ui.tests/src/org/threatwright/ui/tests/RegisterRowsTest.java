package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.Stride;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.ui.register.MitreLinks;
import org.threatwright.ui.register.RegisterColumn;
import org.threatwright.ui.register.RegisterFilter;
import org.threatwright.ui.register.RegisterRows;
import org.threatwright.ui.register.StrideLabels;

/** The register's sorted, filtered index over the findings of the small model. */
class RegisterRowsTest {

	private final SmallModel small = new SmallModel();
	private final List<Finding> findings = new ThreatAnalysis(small.model, BuiltInRules.all(), LocalDate.of(2026, 1, 15))
			.run().findings();
	private final Map<String, TriageStatus> statuses = new HashMap<>();
	private final RegisterRows rows = new RegisterRows(findings,
			finding -> statuses.getOrDefault(finding.id(), TriageStatus.OPEN));

	@Test
	void showsEveryFindingInTheAnalysisOrderUntilSortedOrFiltered() {
		assertTrue(findings.size() > 10, "the small model has findings: " + findings.size());
		assertEquals(findings.size(), rows.size());
		for (int i = 0; i < findings.size(); i++) {
			assertEquals(findings.get(i), rows.get(i));
		}
	}

	@Test
	void minimumSeverityKeepsThatSeverityAndWorse() {
		rows.setFilter(new RegisterFilter(Severity.HIGH, null, null, null, null));

		long expected = findings.stream().filter(f -> f.severity() == Severity.CRITICAL || f.severity() == Severity.HIGH)
				.count();
		assertEquals(expected, rows.size());
		assertTrue(rows.size() < findings.size());
	}

	@Test
	void strideRuleAndElementFiltersCombine() {
		rows.setFilter(new RegisterFilter(null, Stride.TAMPERING, null, null, "LOCK BODY"));

		List<Finding> expected = findings.stream().filter(f -> f.stride() == Stride.TAMPERING)
				.filter(f -> f.subjects().stream().anyMatch(s -> s.name().equalsIgnoreCase("lock body"))).toList();
		assertTrue(!expected.isEmpty());
		assertEquals(expected, shown());

		String rule = expected.get(0).ruleId();
		rows.setFilter(new RegisterFilter(null, null, null, rule, null));
		assertEquals(findings.stream().filter(f -> f.ruleId().contains(rule) || f.title().toLowerCase().contains(rule))
				.toList(), shown());
	}

	@Test
	void statusFilterFollowsDecisionsWhenUpdated() {
		Finding decided = findings.get(3);
		rows.setFilter(new RegisterFilter(null, null, TriageStatus.MITIGATED, null, null));
		assertEquals(0, rows.size());

		statuses.put(decided.id(), TriageStatus.MITIGATED);
		rows.update();

		assertEquals(List.of(decided), shown());
	}

	@Test
	void sortsByAColumnBothWaysAndBackToTheAnalysisOrder() {
		rows.sortBy(RegisterColumn.ELEMENT, true);
		List<String> names = shown().stream().map(RegisterColumn::elementName).toList();
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(String.CASE_INSENSITIVE_ORDER);
		assertEquals(sorted, names);

		rows.sortBy(RegisterColumn.SEVERITY, false);
		Severity leastSevere = findings.stream().map(Finding::severity).max(Enum::compareTo).orElseThrow();
		Severity mostSevere = findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
		assertTrue(leastSevere != mostSevere, "the small model has findings of several severities");
		assertEquals(leastSevere, rows.get(0).severity(), "descending puts the least severe first");
		assertEquals(mostSevere, rows.get(rows.size() - 1).severity());

		rows.sortBy(null, true);
		assertEquals(findings, shown());
	}

	@Test
	void rowOfFindsAShownFindingAndNotAHiddenOne() {
		Finding last = findings.get(findings.size() - 1);
		assertEquals(findings.size() - 1, rows.rowOf(last.id()));

		rows.setFilter(new RegisterFilter(null, null, null, null, "no element has this name"));
		assertEquals(-1, rows.rowOf(last.id()));
	}

	@Test
	void mitreLinksAreBuiltFromTheNumericIdsOnly() {
		Finding finding = findings.get(0);
		List<MitreLinks.Link> links = MitreLinks.of(finding.rule());

		assertEquals(finding.rule().cwe().size() + finding.rule().capec().size(), links.size());
		for (MitreLinks.Link link : links) {
			assertTrue(link.url().matches("https://(cwe|capec)\\.mitre\\.org/data/definitions/[0-9]+\\.html"), link.url());
		}
	}

	@Test
	void strideCategoriesReadAsWords() {
		assertEquals("Information disclosure", StrideLabels.words(Stride.INFORMATION_DISCLOSURE));
		assertEquals("Spoofing", StrideLabels.words(Stride.SPOOFING));
	}

	private List<Finding> shown() {
		List<Finding> shown = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			shown.add(rows.get(i));
		}
		return shown;
	}
}
