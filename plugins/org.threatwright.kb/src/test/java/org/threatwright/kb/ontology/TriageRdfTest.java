package org.threatwright.kb.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threatwright.kb.ontology.Rdf.iri;
import static org.threatwright.kb.ontology.Rdf.text;
import static org.threatwright.kb.ontology.Rdf.type;
import static org.threatwright.kb.ontology.Rdf.typed;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageFile;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.kb.ontology.internal.JenaStatements;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/** Triage decisions survive the way into statements, through a Jena graph, and back. */
class TriageRdfTest {

    private static final String ODD_ID = "iot-debug-port@a b/c#d?e%f@größe";

    private static final TriageDecision MITIGATED = new TriageDecision("stride-process-spoofing@e2f51bc9-72bf-4505-b47d-301ebcbf4c7e",
            TriageStatus.MITIGATED, "Mutual TLS with per-device certificates (see ADR-7).", "Priya Raman",
            Instant.parse("2026-11-20T09:30:00Z"));
    private static final TriageDecision REOPENED = new TriageDecision(ODD_ID, TriageStatus.OPEN, null, "Elena Marsh <elena@example.org>",
            Instant.parse("2026-11-21T17:05:03.123456789Z"));
    private static final TriageDecision ACCEPTED = new TriageDecision("supply-chain-eol@8d3cae6a", TriageStatus.ACCEPTED,
            "Upgrade to OpenSSL 3.5 planned for 3.3.0; accepted by the product security owner.", "Priya Raman",
            Instant.parse("2026-10-01T08:00:00Z"));

    private static Map<String, TriageDecision> decisions() {
        Map<String, TriageDecision> decisions = new TreeMap<>();
        for (TriageDecision decision : List.of(MITIGATED, REOPENED, ACCEPTED)) {
            decisions.put(decision.findingId(), decision);
        }
        return decisions;
    }

    @Test
    void oneDecisionExactly() {
        String decision = "https://threatwright.org/id/triage/stride-process-spoofing@e2f51bc9-72bf-4505-b47d-301ebcbf4c7e";
        String agent = "https://threatwright.org/id/agent/Priya%20Raman";
        assertEquals(List.of(
                type(decision, TW.TRIAGE_DECISION),
                text(decision, TW.FINDING_ID, MITIGATED.findingId()),
                iri(decision, TW.ABOUT_FINDING, "https://threatwright.org/id/finding/stride-process-spoofing@e2f51bc9-72bf-4505-b47d-301ebcbf4c7e"),
                iri(decision, TW.TRIAGE_STATUS, TW.TRIAGE_MITIGATED),
                text(decision, TW.JUSTIFICATION, MITIGATED.justification()),
                iri(decision, TW.PROV_WAS_ATTRIBUTED_TO, agent),
                typed(decision, TW.PROV_GENERATED_AT_TIME, "2026-11-20T09:30:00Z", TW.XSD_DATE_TIME),
                type(agent, TW.PROV_AGENT),
                text(agent, TW.RDFS_LABEL, "Priya Raman")),
                TriageRdf.toStatements(List.of(MITIGATED)));
    }

    @Test
    void roundTripIncludingAnOpenDecisionWithoutJustificationAndOddCharacters() {
        List<Statement> statements = TriageRdf.toStatements(decisions().values());
        assertEquals(decisions(), TriageRdf.fromStatements(statements));
        assertTrue(statements.contains(iri(Iris.triageDecision(ODD_ID), TW.ABOUT_FINDING,
                "https://threatwright.org/id/finding/iot-debug-port@a%20b%2Fc%23d%3Fe%25f@gr%C3%B6%C3%9Fe")));
    }

    @Test
    void roundTripThroughAJenaGraphAsAStoreWouldHoldThem() {
        List<Statement> stored = JenaStatements.toStatements(JenaStatements.toGraph(TriageRdf.toStatements(decisions().values())));
        assertEquals(decisions(), TriageRdf.fromStatements(stored));
    }

    @Test
    void theSameDecisionsFromTheSidecarFileGiveTheSameStatements(@TempDir Path folder) throws Exception {
        Path sidecar = folder.resolve("hub.tw" + TriageFile.SUFFIX);
        TriageFile.save(decisions(), sidecar);
        Map<String, TriageDecision> fromFile = TriageFile.load(sidecar);
        assertEquals(TriageRdf.toStatements(decisions().values()), TriageRdf.toStatements(fromFile.values()));
        assertEquals(fromFile, TriageRdf.fromStatements(TriageRdf.toStatements(fromFile.values())));
    }

    @Test
    void orderDoesNotDependOnTheOrderGiven() {
        assertEquals(TriageRdf.toStatements(List.of(MITIGATED, REOPENED, ACCEPTED)),
                TriageRdf.toStatements(List.of(ACCEPTED, MITIGATED, REOPENED)));
    }

    @Test
    void decisionsConformToTheShapesAndAnUnjustifiedMitigationDoesNot() {
        List<Statement> statements = TriageRdf.toStatements(decisions().values());
        ValidationReport report = Rdf.validate(statements);
        assertTrue(report.conforms(), Rdf.describe(report));
        List<Statement> unjustified = statements.stream()
                .filter(statement -> !statement.equals(text(Iris.triageDecision(MITIGATED.findingId()), TW.JUSTIFICATION,
                        MITIGATED.justification())))
                .toList();
        ValidationReport broken = Rdf.validate(unjustified);
        assertEquals(1, broken.getEntries().size(), Rdf.describe(broken));
        assertEquals(Iris.triageDecision(MITIGATED.findingId()), broken.getEntries().iterator().next().focusNode().getURI());
    }

    @Test
    void otherStatementsAreIgnored() {
        List<Statement> mixed = new java.util.ArrayList<>(TriageRdf.toStatements(List.of(ACCEPTED)));
        mixed.add(0, type(Iris.finding(ACCEPTED.findingId()), TW.FINDING));
        mixed.add(text(Iris.element("x"), TW.DCTERMS_TITLE, "Hub"));
        assertEquals(Map.of(ACCEPTED.findingId(), ACCEPTED), TriageRdf.fromStatements(mixed));
    }

    @Test
    void aDecisionWithoutStatusIsRefusedNamingIt() {
        String decision = Iris.triageDecision(MITIGATED.findingId());
        List<Statement> statements = TriageRdf.toStatements(List.of(MITIGATED)).stream()
                .filter(statement -> !statement.predicate().value().equals(TW.TRIAGE_STATUS)).toList();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> TriageRdf.fromStatements(statements));
        assertEquals("<" + decision + "> has no " + TW.TRIAGE_STATUS, refused.getMessage());
    }

    @Test
    void aDecisionWithTwoStatusesOrAnUnknownStatusOrATimeWithoutZoneIsRefused() {
        String decision = Iris.triageDecision(MITIGATED.findingId());
        List<Statement> two = new java.util.ArrayList<>(TriageRdf.toStatements(List.of(MITIGATED)));
        two.add(iri(decision, TW.TRIAGE_STATUS, TW.TRIAGE_ACCEPTED));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TriageRdf.fromStatements(two)).getMessage()
                .contains("has 2 values of " + TW.TRIAGE_STATUS));

        List<Statement> unknown = TriageRdf.toStatements(List.of(MITIGATED)).stream()
                .map(statement -> statement.predicate().value().equals(TW.TRIAGE_STATUS) ? iri(decision, TW.TRIAGE_STATUS, TW.SPOOFING) : statement)
                .toList();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TriageRdf.fromStatements(unknown)).getMessage()
                .contains("not a triage status concept"));

        List<Statement> noZone = TriageRdf.toStatements(List.of(MITIGATED)).stream()
                .map(statement -> statement.predicate().value().equals(TW.PROV_GENERATED_AT_TIME)
                        ? Statement.of(Term.iri(decision), TW.PROV_GENERATED_AT_TIME, Term.typed("2026-11-20T09:30:00", TW.XSD_DATE_TIME))
                        : statement)
                .toList();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TriageRdf.fromStatements(noZone)).getMessage()
                .contains("is not a date and time with a time zone"));
    }
}
