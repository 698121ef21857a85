package org.threatwright.kb.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.kb.requirements.RequirementsRdf;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.risk.requirements.Change;
import org.threatwright.risk.requirements.ControlStatus;
import org.threatwright.risk.requirements.EvidenceKind;
import org.threatwright.risk.requirements.FindingIndex;
import org.threatwright.risk.requirements.RequirementBook;
import org.threatwright.risk.requirements.RequirementTemplates;
import org.threatwright.risk.requirements.VerificationResult;

/** What the requirement store writes conforms to the ontology's shapes, and the new shapes catch bad records. */
class RequirementsShapesTest {

    private static List<Statement> book() {
        Finding finding = new Finding("iot-debug-port-exposed@hub", RuleDescriptors.of(BuiltInRules.all().stream()
                .filter(rule -> RuleDescriptors.of(rule).id().equals("iot-debug-port-exposed")).findFirst().orElseThrow()),
                List.of(new ElementRef("hub", "Hub", "Gateway")), Severity.HIGH, "because");
        FindingIndex findings = FindingIndex.of(List.of(finding));
        Change change = new Change("alice", Instant.parse("2026-11-23T10:00:00Z"));
        RequirementBook book = RequirementBook.empty();
        book.derive(findings, java.util.Set.of(finding.id()), RequirementTemplates.builtIn(), change);
        book.addControl(null, "JTAG fused", null, ControlStatus.IMPLEMENTED, List.of("REQ-iot-debug-port-exposed"),
                List.of(finding.id()), List.of(), findings, change);
        book.addEvidence(null, EvidenceKind.TEST_REPORT, VerificationResult.PASSED, LocalDate.of(2026, 11, 23),
                "https://ci.example.com/runs/42", "JTAG probe cannot attach", List.of(), List.of("CTL-1"), List.of(), change);
        return RequirementsRdf.toStatements(book);
    }

    @Test
    void writtenRecordsConform() {
        ValidationReport report = Rdf.validate(book());
        assertTrue(report.conforms(), Rdf.describe(report));
    }

    @Test
    void aSecondStatusIsCaught() {
        List<Statement> data = new ArrayList<>(book());
        data.add(Statement.of(Term.iri(Iris.requirement("REQ-iot-debug-port-exposed")), TW.REQUIREMENT_STATUS,
                Term.iri(TW.REQUIREMENT_WITHDRAWN)));
        data.add(Statement.of(Term.iri(Iris.control("CTL-1")), TW.CONTROL_STATUS, Term.iri(TW.TRIAGE_OPEN)));
        ValidationReport report = Rdf.validate(data);
        // two statuses on each, and a concept of the wrong scheme
        assertEquals(3, report.getEntries().size(), Rdf.describe(report));
    }
}
