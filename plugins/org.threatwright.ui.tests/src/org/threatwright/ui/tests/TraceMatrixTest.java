package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.kb.catalogue.CatalogueConcept;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.risk.requirements.Attribution;
import org.threatwright.risk.requirements.Change;
import org.threatwright.risk.requirements.Requirement;
import org.threatwright.risk.requirements.RequirementBook;
import org.threatwright.risk.requirements.RequirementStatus;
import org.threatwright.ui.trace.TraceMatrix;
import org.threatwright.ui.trace.TraceMatrix.Axis;

/** Traceability matrices: links, gap rows and columns, exactly, on small inputs. */
class TraceMatrixTest {

	private static Requirement requirement(String id, RequirementStatus status, Set<String> findings, Set<String> clauses) {
		return new Requirement(id, "title " + id, "text", null, status, findings, Set.of(), clauses, Set.of(),
				Attribution.of(new Change("ann", Instant.EPOCH)));
	}

	@Test
	void gapsAreRowsAndColumnsWithoutAnyLink() {
		List<Axis> rows = List.of(new Axis("r1", "one"), new Axis("r2", "two"), new Axis("r3", "three"));
		List<Axis> columns = List.of(new Axis("c1", "A"), new Axis("c2", "B"));
		TraceMatrix matrix = new TraceMatrix(rows, columns, Map.of("r1", Set.of("c1", "unknown"), "r3", Set.of("c1")));
		assertTrue(matrix.linked(0, 0));
		assertFalse(matrix.linked(0, 1));
		assertEquals(1, matrix.rowLinks(0));
		assertEquals(2, matrix.columnLinks(0));
		assertEquals(List.of(new Axis("r2", "two")), matrix.rowGaps());
		assertEquals(List.of(new Axis("c2", "B")), matrix.columnGaps());
		assertEquals(2, matrix.gapCount());
	}

	@Test
	void elementsAreLinkedToTheRequirementsOfTheirFindings() {
		SmallModel small = new SmallModel();
		List<Finding> findings = new ThreatAnalysis(small.model, BuiltInRules.all(), LocalDate.of(2026, 11, 23)).run()
				.findings();
		Finding first = findings.get(0);
		RequirementBook book = new RequirementBook(List.of(requirement("REQ-1", RequirementStatus.APPROVED, Set.of(first.id()),
				Set.of()), requirement("REQ-2", RequirementStatus.PROPOSED, Set.of(), Set.of()),
				requirement("REQ-3", RequirementStatus.WITHDRAWN, Set.of(first.id()), Set.of())), List.of(), List.of());
		TraceMatrix matrix = TraceMatrix.elementsByRequirements(findings, book);
		long subjects = findings.stream().flatMap(f -> f.subjects().stream()).map(s -> s.id()).distinct().count();
		assertEquals(subjects, matrix.rows().size(), "one row per element a finding is about");
		assertEquals(List.of("REQ-1", "REQ-2"), matrix.columns().stream().map(Axis::id).toList(), "withdrawn ones left out");
		int row = matrix.rows().stream().map(Axis::id).toList().indexOf(first.subjects().get(0).id());
		assertTrue(matrix.linked(row, 0));
		assertEquals(List.of(new Axis("REQ-2", "REQ-2")), matrix.columnGaps());
		assertEquals(subjects - first.subjects().size(), matrix.rowGaps().size());
	}

	@Test
	void requirementsAreLinkedToTheClausesTheyServe() {
		Catalogues catalogues = Catalogues.builtIn();
		List<CatalogueConcept> clauses = catalogues.requirements(Catalogues.ZVEI_HPR);
		String derivation = catalogues.concept(Catalogues.ZVEI_HPR, "1.2").orElseThrow().iri();
		RequirementBook book = new RequirementBook(List.of(requirement("REQ-1", RequirementStatus.APPROVED, Set.of(),
				Set.of(derivation)), requirement("REQ-2", RequirementStatus.PROPOSED, Set.of(), Set.of())), List.of(), List.of());
		TraceMatrix matrix = TraceMatrix.requirementsByClauses(book, clauses);
		assertEquals(clauses.size(), matrix.columns().size());
		int column = matrix.columns().stream().map(Axis::label).toList().indexOf("1.2");
		assertTrue(matrix.linked(0, column));
		assertEquals(List.of("REQ-2"), matrix.rowGaps().stream().map(Axis::id).toList());
		assertEquals(clauses.size() - 1, matrix.columnGaps().size());
		assertEquals(clauses.size(), matrix.gapCount());
	}
}
