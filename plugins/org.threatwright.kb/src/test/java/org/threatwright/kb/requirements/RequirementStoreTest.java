package org.threatwright.kb.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.Publications;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.kb.trace.TraceRecords.ClauseTrace;
import org.threatwright.kb.trace.TraceRecords.ElementTrace;
import org.threatwright.kb.trace.TraceRecords.TracedRecord;
import org.threatwright.kb.trace.Traceability;
import org.threatwright.model.SmallModels;
import org.threatwright.risk.gate.GateRisk;
import org.threatwright.risk.requirements.Change;
import org.threatwright.risk.requirements.ControlStatus;
import org.threatwright.risk.requirements.EvidenceKind;
import org.threatwright.risk.requirements.FindingIndex;
import org.threatwright.risk.requirements.RequirementBook;
import org.threatwright.risk.requirements.RequirementDerivation;
import org.threatwright.risk.requirements.RequirementStatus;
import org.threatwright.risk.requirements.RequirementTemplates;
import org.threatwright.risk.requirements.VerificationResult;

class RequirementStoreTest {

    private static final Change ALICE = new Change("alice", Instant.parse("2026-11-23T10:00:00Z"));
    private static final Change BOB = new Change("Bob \"the tester\" <b@example.com>", Instant.parse("2026-11-24T10:00:00Z"));
    private static final String HOSTILE = "x\" } ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> \"c\" } # ?element \\ ' \n <>";
    private static final String ZVEI_12 = "https://threatwright.org/catalogue/zvei-hpr/1.2";
    private static final String ZVEI_14 = "https://threatwright.org/catalogue/zvei-hpr/1.4";

    private SmallModels small;
    private ThreatRegister register;
    private FindingIndex findings;
    private Finding spoofing;
    private Finding other;
    private ProductKnowledge knowledge;
    private RequirementStore requirements;

    @BeforeEach
    void publish() {
        small = new SmallModels();
        register = Publications.register(small.model);
        findings = FindingIndex.of(register.findings());
        spoofing = register.findings().stream().filter(f -> f.id().equals("stride-process-spoofing@" + small.sensor.getId()))
                .findFirst().orElseThrow();
        other = register.findings().stream().filter(f -> !f.ruleId().equals("stride-process-spoofing")).findFirst().orElseThrow();
        knowledge = ProductKnowledge.in(KnowledgeStores.memory());
        Publications.publish(knowledge, small.model);
        new RiskFixture(small.model.getId(), 3).risk(spoofing, 4, 2, "Reduce").risk(other, 2, 2, null).publish(knowledge.store());
        requirements = RequirementStore.of(knowledge, small.model.getId());
    }

    private RequirementDerivation.Result derive(Change change) {
        return requirements.changeWithRisks((book, risks) -> book.derive(findings, risks.needingRequirements(),
                RequirementTemplates.builtIn(), change));
    }

    @Test
    void readsThePublishedRisksAsTheContractWritesThem() {
        PublishedRisks risks = requirements.risks();
        assertEquals(3, risks.threshold());
        assertEquals(Set.of(spoofing.id()), risks.exceeding());
        assertTrue(risks.risks().contains(new GateRisk(spoofing.id(), 4, 2, true, false, GateRisk.Treatment.REDUCE)));
        assertTrue(risks.risks().contains(new GateRisk(other.id(), 2, 2, false, false, null)));
    }

    @Test
    void risksRetainedOrSharedAboveTheThresholdNeedNoRequirement() {
        new RiskFixture(small.model.getId(), 3).risk(spoofing, 4, 4, "Retain").risk(other, 5, 5, "Share")
                .publish(knowledge.store());
        PublishedRisks risks = requirements.risks();
        assertEquals(Set.of(spoofing.id(), other.id()), risks.exceeding());
        assertEquals(Set.of(), risks.needingRequirements());
        new RiskFixture(small.model.getId(), 3).risk(spoofing, 4, 2, "Reduce").risk(other, 5, 5, "Share")
                .publish(knowledge.store());
        assertEquals(Set.of(spoofing.id()), requirements.risks().needingRequirements());
    }

    @Test
    void derivesRequirementsForTheRisksAboveTheThresholdAndReDerivingChangesNothing() {
        RequirementDerivation.Result first = derive(ALICE);
        assertEquals(List.of("REQ-stride-process-spoofing"), first.created());
        RequirementBook book = requirements.book();
        assertEquals(Set.of(spoofing.id()), book.requirement("REQ-stride-process-spoofing").findings());
        assertEquals(Set.of(small.sensor.getId()), book.requirement("REQ-stride-process-spoofing").elements());
        List<Statement> before = knowledge.store().read(reader -> reader.statements(requirements.graph()));
        assertTrue(before.contains(Statement.of(Term.iri(Iris.requirement("REQ-stride-process-spoofing")),
                TW.PROV_WAS_DERIVED_FROM, Term.iri(Iris.risk(spoofing.id())))));
        assertEquals(false, derive(BOB).changed());
        assertEquals(Set.copyOf(before), Set.copyOf(knowledge.store().read(reader -> reader.statements(requirements.graph()))));
    }

    @Test
    void everyRecordRoundTripsWithAttributionAndHostileText() {
        derive(ALICE);
        RequirementBook written = requirements.change(book -> {
            book.editRequirement("REQ-stride-process-spoofing", HOSTILE, HOSTILE, RequirementStatus.APPROVED, BOB);
            book.addRequirement("REQ-odd.id_1@x", "Manual", "Written by hand", List.of(other.id()), List.of(ZVEI_14), findings, BOB);
            book.unlink("REQ-stride-process-spoofing", List.of(spoofing.id()), List.of(), findings, BOB);
            book.addControl(null, "Device certificates", HOSTILE, ControlStatus.IMPLEMENTED,
                    List.of("REQ-stride-process-spoofing"), List.of(spoofing.id()), List.of(ZVEI_12), findings, BOB);
            book.addEvidence(null, EvidenceKind.PEN_TEST, VerificationResult.FAILED, LocalDate.of(2026, 11, 20),
                    "https://reports.example.com/pt/7?x=1&y=2", HOSTILE, List.of("REQ-odd.id_1@x"), List.of("CTL-1"),
                    List.of(ZVEI_14), BOB);
            return book;
        });
        RequirementBook read = requirements.book();
        assertEquals(written.requirements(), read.requirements());
        assertEquals(written.controls(), read.controls());
        assertEquals(written.evidence(), read.evidence());
        assertEquals(HOSTILE, read.requirement("REQ-stride-process-spoofing").title());
        assertEquals(ALICE, read.requirement("REQ-stride-process-spoofing").attribution().created());
        assertEquals(BOB, read.requirement("REQ-stride-process-spoofing").attribution().lastChange());
        assertEquals(Set.of(spoofing.id()), read.requirement("REQ-stride-process-spoofing").excludedFindings());
        // the hostile text did not reach any query: the other graphs are as published
        assertTrue(knowledge.store().read(reader -> reader.size(KnowledgeGraphs.analysis(small.model.getId()))) > 0);
        assertEquals(List.of(), new Traceability(knowledge.store(), small.model.getId()).traceElement(HOSTILE));
    }

    @Test
    void aRefusedChangeWritesNothing() {
        derive(ALICE);
        List<Statement> before = knowledge.store().read(reader -> reader.statements(requirements.graph()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> requirements.change(book -> {
            book.addRequirement(null, "Half", "written", List.of(), List.of(), findings, BOB);
            return book.link("REQ-stride-process-spoofing", List.of("no-rule@nowhere"), List.of(), findings, BOB);
        }));
        assertEquals("no finding 'no-rule@nowhere' in the current analysis", e.getMessage());
        assertEquals(before, knowledge.store().read(reader -> reader.statements(requirements.graph())));
    }

    @Test
    void aMalformedRecordIsReportedNamingIt() {
        String iri = Iris.requirement("REQ-9");
        knowledge.store().writeAll(writer -> writer.add(requirements.graph(), List.of(
                Statement.of(Term.iri(iri), TW.RDF_TYPE, Term.iri(TW.SECURITY_REQUIREMENT)),
                Statement.of(Term.iri(iri), TW.DCTERMS_IDENTIFIER, Term.literal("REQ-9")))));
        assertEquals("<" + iri + "> has no " + TW.DCTERMS_TITLE,
                assertThrows(IllegalArgumentException.class, requirements::book).getMessage());
    }

    @Test
    void tracingFindsRequirementsControlsAndEvidenceFromElementsAndClauses() {
        derive(ALICE);
        Traceability trace = new Traceability(knowledge.store(), small.model.getId());
        assertEquals(List.of("REQ-stride-process-spoofing"), ids(trace.gaps(null).requirementsWithoutVerification()));

        requirements.change(book -> {
            book.addControl(null, "Device certificates", null, ControlStatus.IMPLEMENTED,
                    List.of("REQ-stride-process-spoofing"), List.of(spoofing.id()), List.of(), findings, BOB);
            book.addEvidence(null, EvidenceKind.TEST_REPORT, VerificationResult.PASSED, LocalDate.of(2026, 11, 24), null,
                    "mutual TLS test", List.of(), List.of("CTL-1"), List.of(), BOB);
            return book.addEvidence(null, EvidenceKind.REVIEW, VerificationResult.PASSED, LocalDate.of(2026, 11, 24), null,
                    "verification process reviewed", List.of(), List.of(), List.of(ZVEI_14), BOB);
        });

        ElementTrace sensor = trace.traceElement(small.sensor.getId()).get(0);
        assertEquals(List.of("REQ-stride-process-spoofing"), ids(sensor.requirements()));
        assertEquals(List.of("CTL-1"), ids(sensor.controls()));
        assertTrue(sensor.clauses().stream().anyMatch(c -> c.notation().equals("1.2") && c.catalogue().equals("zvei-hpr")));
        ClauseTrace zvei12 = trace.traceClause("zvei-hpr", "1.2").orElseThrow();
        assertEquals(List.of("REQ-stride-process-spoofing"), ids(zvei12.requirements()));
        assertEquals(List.of("CTL-1"), ids(zvei12.controls()));
        assertEquals(List.of("EV-1"), ids(zvei12.evidence()));
        ClauseTrace zvei14 = trace.traceClause("zvei-hpr", "1.4").orElseThrow();
        assertEquals(List.of("EV-2"), ids(zvei14.evidence()));
        assertEquals("passed", zvei14.evidence().get(0).detail());
        assertEquals(List.of(), ids(trace.gaps(null).requirementsWithoutVerification()));
    }

    private static List<String> ids(List<TracedRecord> records) {
        return records.stream().map(TracedRecord::identifier).toList();
    }
}
