package org.threatwright.kb.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.Publications;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.RdfFormat;
import org.threatwright.kb.trace.TraceRecords.ClauseTrace;
import org.threatwright.kb.trace.TraceRecords.ElementTrace;
import org.threatwright.kb.trace.TraceRecords.Gaps;
import org.threatwright.kb.trace.TraceRecords.TracedClause;
import org.threatwright.kb.trace.TraceRecords.TracedFinding;
import org.threatwright.kb.trace.TraceRecords.TracedRecord;
import org.threatwright.model.SmallModels;

/** Traceability over a published small model plus hand-written risk, requirement, control and evidence records. */
class TraceabilityTest {

    private static final String HOSTILE = "x\" } ; DROP ALL ; #";
    private static final String HOSTILE_IRI_TEXT = "x> <y";

    private final SmallModels small = new SmallModels();
    private ProductKnowledge knowledge;
    private Traceability trace;
    private String hubFinding;

    @BeforeEach
    void publishModelAndRecords() {
        knowledge = ProductKnowledge.in(KnowledgeStores.memory());
        Publications.publish(knowledge, small.model);
        hubFinding = Publications.register(small.model).findings().stream()
                .filter(f -> f.subjects().get(0).id().equals(small.hub.getId())).map(Finding::id).findFirst().orElseThrow();
        String turtle = """
                @prefix tw: <https://threatwright.org/ontology#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix x: <urn:test:> .
                x:r1 a tw:Risk ; dcterms:identifier "R-1" ; dcterms:title "Hub spoofed" ; prov:wasDerivedFrom <%s> ;
                     tw:riskLevel tw:RiskHigh .
                x:r2 a tw:Risk ; dcterms:identifier "R-2" ; tw:affects <%s> .
                x:q1 a tw:SecurityRequirement ; dcterms:identifier "SR-1" ; dcterms:description "Authenticate the hub" ;
                     prov:wasDerivedFrom x:r1 ; tw:addressesClause <https://threatwright.org/catalogue/iotsf/2.4.3.24> .
                x:q2 a tw:SecurityRequirement ; dcterms:identifier "SR-2" ; dcterms:description "Cloud only" ; tw:affects <%s> .
                x:c1 a tw:Control ; dcterms:title "Mutual TLS" ; tw:implementsRequirement x:q1 .
                x:e1 a tw:VerificationEvidence ; dcterms:title "Pen test" ; tw:verifies x:c1 ;
                     tw:verificationResult tw:VerificationPassed ; dcterms:created "2026-11-20" .
                """.formatted(Iris.finding(hubFinding), Iris.element(small.hub.getId()), Iris.element(small.cloud.getId()));
        knowledge.store().writeAll(writer -> writer.load("urn:test:risk-records", RdfFormat.TURTLE,
                new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)), "records.ttl"));
        trace = knowledge.traceability(small.model.getId());
    }

    @AfterEach
    void close() {
        knowledge.close();
    }

    @Test
    void anElementIsTracedToFindingsRisksRequirementsControlsAndClauses() {
        List<ElementTrace> traces = trace.traceElement(small.hub.getName());
        assertEquals(1, traces.size());
        ElementTrace hub = traces.get(0);
        assertEquals(small.hub.getId(), hub.element().id());
        assertEquals("Gateway", hub.element().type());
        TracedFinding finding = hub.findings().stream().filter(f -> f.id().equals(hubFinding)).findFirst().orElseThrow();
        assertEquals("open", finding.status());
        assertTrue(Set.of("critical", "high", "medium", "low", "info").contains(finding.severity()), finding.severity());
        assertEquals(List.of("R-1", "R-2"), hub.risks().stream().map(TracedRecord::identifier).toList());
        assertEquals("high", hub.risks().get(0).detail());
        assertEquals(List.of("SR-1"), hub.requirements().stream().map(TracedRecord::identifier).toList());
        assertEquals(List.of("Mutual TLS"), hub.controls().stream().map(TracedRecord::title).toList());
        assertEquals(List.of("iotsf 2.4.3.24"), hub.clauses().stream().map(c -> c.catalogue() + " " + c.notation()).toList());

        assertEquals(trace.traceElement(small.hub.getId()), traces, "by id as by name");
        ElementTrace cloud = trace.traceElement(small.cloud.getId()).get(0);
        assertEquals(List.of("SR-2"), cloud.requirements().stream().map(TracedRecord::identifier).toList());
        assertTrue(cloud.risks().isEmpty() && cloud.controls().isEmpty() && cloud.clauses().isEmpty());
        assertTrue(trace.traceElement("no such element").isEmpty());
    }

    @Test
    void findingsAboutAnElementsPartsBelongToTheElement() {
        // supply-chain findings name only the component: the hub's firmware and the TLS library nested in it
        Set<String> parts = Set.of(small.hubUart.getId(), small.firmware.getId(), small.tls.getId());
        List<String> aboutTheParts = Publications.register(small.model).findings().stream()
                .filter(f -> f.subjects().stream().anyMatch(s -> parts.contains(s.id()))).map(Finding::id).toList();
        assertTrue(aboutTheParts.stream().anyMatch(id -> id.endsWith("@" + small.tls.getId())),
                "the nested TLS library gives rise to a finding of its own: " + aboutTheParts);
        List<String> traced = trace.traceElement(small.hub.getId()).get(0).findings().stream().map(TracedFinding::id)
                .toList();
        assertTrue(traced.containsAll(aboutTheParts), traced + " lacks some of " + aboutTheParts);
        assertEquals(traced.size(), Set.copyOf(traced).size(), "each finding once");
    }

    @Test
    void theStatusIsTheCurrentTriageDecision() {
        knowledge.triage(small.model.getId()).record(new TriageDecision(hubFinding, TriageStatus.NOT_APPLICABLE,
                "no UART in production", "ada", Instant.parse("2026-11-23T10:00:00Z")));
        TracedFinding finding = trace.findings(Iris.element(small.hub.getId())).stream()
                .filter(f -> f.id().equals(hubFinding)).findFirst().orElseThrow();
        assertEquals("not-applicable", finding.status());
    }

    @Test
    void aClauseIsTracedToRequirementsControlsAndEvidence() {
        ClauseTrace clause = trace.traceClause("iotsf", "2.4.3.24").orElseThrow();
        assertEquals("https://threatwright.org/catalogue/iotsf/2.4.3.24", clause.clause().iri());
        assertEquals(List.of("SR-1"), clause.requirements().stream().map(TracedRecord::identifier).toList());
        assertEquals(List.of("Mutual TLS"), clause.controls().stream().map(TracedRecord::title).toList());
        assertEquals(List.of("Pen test"), clause.evidence().stream().map(TracedRecord::title).toList());
        assertEquals("passed", clause.evidence().get(0).detail());
        assertTrue(trace.traceClause("iotsf", "9.9.9").isEmpty());
        assertTrue(trace.traceClause("zvei-hpr", "2.4.3.24").isEmpty(), "the notation belongs to its catalogue");
    }

    @Test
    void gapsAreRisksWithoutRequirementUnverifiedRequirementsAndClausesWithoutEvidence() {
        Gaps gaps = trace.gaps("iotsf");
        assertEquals(List.of("R-2"), gaps.risksWithoutRequirement().stream().map(TracedRecord::identifier).toList());
        assertEquals(List.of("SR-2"), gaps.requirementsWithoutVerification().stream().map(TracedRecord::identifier).toList());
        List<String> clauses = gaps.clausesWithoutEvidence().stream().map(TracedClause::notation).toList();
        assertFalse(clauses.contains("2.4.3.24"), "verified through the control");
        assertTrue(clauses.contains("2.4.3.6"), clauses.toString());
        assertFalse(clauses.contains("2.4.3.3"), "reserved numbers are no gaps");
        assertTrue(gaps.clausesWithoutEvidence().stream().allMatch(c -> c.catalogue().equals("iotsf")));
        assertTrue(trace.gaps(null).clausesWithoutEvidence().stream().anyMatch(c -> c.catalogue().equals("zvei-hpr")));
    }

    @Test
    void hostileStringsAreMatchedLiterallyAndNothingIsDropped() {
        small.hub.setName(HOSTILE);
        small.cloud.setName(HOSTILE_IRI_TEXT);
        Publications.publish(knowledge, small.model);
        Set<String> graphs = knowledge.store().read(reader -> reader.graphNames());
        long sizeBefore = knowledge.store().read(reader -> graphs.stream().mapToLong(reader::size).sum());

        List<ElementTrace> hub = trace.traceElement(HOSTILE);
        assertEquals(List.of(small.hub.getId()), hub.stream().map(t -> t.element().id()).toList());
        assertEquals(HOSTILE, hub.get(0).element().name());
        assertFalse(hub.get(0).findings().isEmpty());
        assertEquals(List.of(small.cloud.getId()),
                trace.traceElement(HOSTILE_IRI_TEXT).stream().map(t -> t.element().id()).toList());
        assertTrue(trace.traceElement("x").isEmpty(), "exact names only");
        assertTrue(trace.traceClause(HOSTILE, "2.4.3.24").isEmpty());
        assertTrue(trace.traceClause("iotsf", HOSTILE).isEmpty());
        assertTrue(trace.traceClause(HOSTILE_IRI_TEXT, HOSTILE_IRI_TEXT).isEmpty());
        assertTrue(trace.gaps(HOSTILE_IRI_TEXT).clausesWithoutEvidence().isEmpty());

        assertEquals(graphs, knowledge.store().read(reader -> reader.graphNames()));
        assertEquals(sizeBefore, (long) knowledge.store().<Long>read(reader -> graphs.stream().mapToLong(reader::size).sum()));
    }
}
