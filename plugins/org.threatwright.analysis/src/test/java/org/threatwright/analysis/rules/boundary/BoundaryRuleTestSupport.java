package org.threatwright.analysis.rules.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TwFactory;

/** Runs one rule the way the engine does and checks findings by id, severity and the words of the explanation. */
final class BoundaryRuleTestSupport {

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	private BoundaryRuleTestSupport() {
	}

	static List<Finding> run(SystemModel model, ThreatRule rule) {
		AnalysisResult result = new ThreatAnalysis(model, List.of(rule), DAY).run();
		assertEquals(List.of(), result.failures());
		return result.findings();
	}

	static String id(ThreatRule rule, ModelElement... subjects) {
		StringBuilder id = new StringBuilder(rule.id());
		for (ModelElement subject : subjects) {
			id.append('@').append(subject.getId());
		}
		return id.toString();
	}

	/** Exactly these finding ids (as a set: the engine orders equal severities by id, and ids hold random UUIDs). */
	static void assertIds(List<Finding> findings, String... ids) {
		assertEquals(new java.util.TreeSet<>(List.of(ids)), new java.util.TreeSet<>(findings.stream().map(Finding::id).toList()));
		assertEquals(ids.length, findings.size());
	}

	static Finding find(List<Finding> findings, String id) {
		return findings.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not found"));
	}

	/** The single finding, with this id and severity, whose explanation contains every fragment. */
	static Finding assertOnly(List<Finding> findings, String id, Severity severity, String... fragments) {
		assertIds(findings, id);
		Finding finding = findings.get(0);
		assertEquals(severity, finding.severity(), finding.explanation());
		for (String fragment : fragments) {
			assertTrue(finding.explanation().contains(fragment), "'" + fragment + "' missing in: " + finding.explanation());
		}
		return finding;
	}

	static DataAsset asset(SystemModel model, String name, DataCategory category, SecurityLevel confidentiality,
			SecurityLevel integrity) {
		DataAsset asset = TwFactory.eINSTANCE.createDataAsset();
		asset.setName(name);
		asset.setCategory(category);
		asset.setConfidentiality(confidentiality);
		asset.setIntegrity(integrity);
		model.getDataAssets().add(asset);
		return asset;
	}

	static DataFlow flow(SystemModel model, String name, Element source, Element target) {
		DataFlow flow = TwFactory.eINSTANCE.createDataFlow();
		flow.setName(name);
		flow.setSource(source);
		flow.setTarget(target);
		model.getFlows().add(flow);
		return flow;
	}
}
