package org.threatwright.kb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.compliance.ComplianceCheck;
import org.threatwright.kb.compliance.ComplianceReport;
import org.threatwright.kb.compliance.ComplianceStatus;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.QueryRow;
import org.threatwright.kb.store.Sparql;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.model.SystemModel;

/**
 * The knowledge base inside OSGi, as the desktop application uses it: Jena comes from the one embedding bundle,
 * so its ServiceLoader-registered parts (RIOT parsers, TDB2, SHACL, the SPARQL engine) must all initialise through
 * that bundle's class loader. Each test exercises one of those parts; on the plain class path they always work.
 */
class KnowledgeBaseInOsgiTest {

	private static final String GRAPH = "https://threatwright.org/graph/test";
	private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

	@Test
	void knowledgeBaseAndJenaAreSeparateBundles() throws ClassNotFoundException {
		Bundle kb = FrameworkUtil.getBundle(KnowledgeStores.class);
		assertNotNull(kb, "the knowledge base runs as a bundle");
		assertEquals("org.threatwright.kb", kb.getSymbolicName());
		// resolved through the knowledge base's own wiring, as its code sees it
		Bundle jena = FrameworkUtil.getBundle(kb.loadClass("org.apache.jena.query.Query"));
		assertNotNull(jena, "Jena is loaded from a bundle");
		assertEquals("org.threatwright.jena", jena.getSymbolicName());
	}

	@Test
	void memoryStoreAnswersParameterisedQueries() {
		try (KnowledgeStore store = KnowledgeStores.memory()) {
			store.writeAll(writer -> writer.add(GRAPH, List.of(
					Statement.of(Term.iri("urn:x:hub"), LABEL, Term.literal("Hub")),
					Statement.of(Term.iri("urn:x:cloud"), LABEL, Term.literal("Cloud")))));
			List<QueryRow> rows = store.read(reader -> reader.select(Sparql
					.of("SELECT ?thing WHERE { GRAPH ?g { ?thing <" + LABEL + "> ?label } }")
					.bindLiteral("label", "Cloud")));
			assertEquals(List.of("urn:x:cloud"), rows.stream().map(row -> row.value("thing")).toList());
		}
	}

	@Test
	void tdb2StoreKeepsWhatWasCommittedAcrossReopening(@TempDir Path folder) {
		Path kb = folder.resolve("product.kb");
		try (KnowledgeStore store = KnowledgeStores.tdb2(kb)) {
			store.writeAll(writer -> writer.add(GRAPH,
					List.of(Statement.of(Term.iri("urn:x:hub"), LABEL, Term.literal("Hub")))));
		}
		try (KnowledgeStore store = KnowledgeStores.tdb2(kb)) {
			assertEquals(1L, store.read(reader -> reader.size(GRAPH)));
		}
	}

	@Test
	void builtInCataloguesParseFromTheBundle() {
		Catalogues catalogues = Catalogues.builtIn();
		// IoTSF 2.4.3 has 30 requirements in the seed text (two more numbers are reserved)
		assertEquals(30, catalogues.requirements(Catalogues.IOTSF).size());
		assertTrue(catalogues.scheme(Catalogues.ZVEI_HPR).isPresent());
	}

	@Test
	void shaclComplianceRunsOnAnAnalysedModel() {
		String supportPeriod = "https://threatwright.org/catalogue/iotsf/2.4.3.9.1";
		SystemModel model = SmallProduct.create();
		// the SHACL shape of 2.4.3.9.1 fails while no support period is declared, and passes once one is
		assertEquals(ComplianceStatus.NOT_MET, check(model).clause(supportPeriod).orElseThrow().status());
		model.setSupportedUntil(LocalDate.of(2032, 12, 31));
		assertEquals(ComplianceStatus.MET, check(model).clause(supportPeriod).orElseThrow().status());
	}

	private static ComplianceReport check(SystemModel model) {
		LocalDate date = LocalDate.of(2026, 11, 23);
		AnalysisResult result = new ThreatAnalysis(model, BuiltInRules.all(), date).run();
		ThreatRegister register = ThreatRegister.of(model, date, result, List.of(), List.of(), Map.of());
		return ComplianceCheck.of(model, register).catalogue(Catalogues.IOTSF).evaluate();
	}
}
