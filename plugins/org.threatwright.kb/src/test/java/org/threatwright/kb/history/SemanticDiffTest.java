package org.threatwright.kb.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Encryption;
import org.threatwright.model.Protocol;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TwFactory;

class SemanticDiffTest {

    private final SmallModels small = new SmallModels();
    private final HistoryFixture fixture = new HistoryFixture()
            .risk("F1", "Spoofing of Hub", 3, small.hub.getId())
            .requirement("REQ-1", small.hub.getId(), "EV-1")
            .requirement("REQ-2", small.agent.getId(), "EV-2")
            .decision("DEC-001", "DecisionAccepted", small.tls.getId())
            .decision("DEC-002", "DecisionAccepted", small.agent.getId())
            .decision("DEC-003", "DecisionSuperseded", small.tls.getId());

    /** The upgrade of the done-means scenario: a component version, an encryption removed, a new flow. */
    private Snapshot upgrade() {
        small.tls.setVersion("3.6.3");
        small.tls.setEndOfSupport(LocalDate.of(2026, 12, 31));
        small.sensorToHub.setEncryption(Encryption.NONE);
        DataFlow notifications = TwFactory.eINSTANCE.createDataFlow();
        notifications.setName("Notifications");
        notifications.setSource(small.cloud);
        notifications.setTarget(small.user);
        notifications.setProtocol(Protocol.HTTPS);
        notifications.setEncryption(Encryption.TRANSPORT);
        small.model.getFlows().add(notifications);
        small.enclosure.getMembers().add(small.agent);
        fixture.clearRisks().risk("F1", "Spoofing of Hub", 4, small.hub.getId());
        return fixture.snapshot(Baselines.WORKING, small.model);
    }

    @Test
    void identicalSnapshotsHaveNoDifference() {
        Snapshot v1 = fixture.snapshot("v1", small.model);
        assertTrue(new SemanticDiff(v1, fixture.snapshot("v1-again", small.model)).diff().isEmpty());
    }

    @Test
    void tellsWhatChangedAttributeByAttributeWithWhatItMeansForSecurity() {
        Snapshot v1 = fixture.snapshot("v1", small.model);
        HistoryDiff diff = new SemanticDiff(v1, upgrade()).diff();

        assertEquals("v1", diff.from());
        assertEquals(Baselines.WORKING, diff.to());
        ResourceChange tls = only(diff, "components");
        assertEquals(ResourceChange.CHANGED, tls.change());
        assertEquals("Mbed TLS", tls.name());
        assertEquals(new AttributeChange("version", List.of("3.6.2"), List.of("3.6.3")), tls.attribute("version").orElseThrow());
        assertEquals(new AttributeChange("endOfSupport", List.of("2027-03-31"), List.of("2026-12-31")),
                tls.attribute("endOfSupport").orElseThrow());
        assertTrue(tls.meaning().contains("component Mbed TLS version 3.6.2 → 3.6.3: check its known vulnerabilities again;"
                + " verifications that covered the old version are stale"), tls.meaning().toString());

        List<ResourceChange> flows = diff.section("flows").orElseThrow().changes();
        assertEquals(2, flows.size());
        ResourceChange added = flows.get(0);
        assertEquals(List.of(ResourceChange.ADDED, "Notifications"), List.of(added.change(), added.name()));
        assertTrue(added.meaning().get(0).startsWith("new flow Notifications (https, encryption transport"), added.meaning().toString());
        ResourceChange readings = flows.get(1);
        assertEquals(List.of(ResourceChange.CHANGED, "Readings"), List.of(readings.change(), readings.name()));
        assertEquals(List.of(new AttributeChange("encryption", List.of("transport"), List.of("none"))), readings.attributes());
        assertEquals(List.of("encryption removed from flow Readings: confidentiality of the data it carries is no longer protected"),
                readings.meaning());

        ResourceChange enclosure = only(diff, "boundaries");
        assertEquals(List.of(new AttributeChange("hasMember", List.of(), List.of("Hub agent"))), enclosure.attributes());

        ResourceChange risk = only(diff, "risks");
        assertEquals(new AttributeChange("riskValue", List.of("3"), List.of("4")), risk.attribute("riskValue").orElseThrow());
        assertTrue(risk.meaning().contains("risk value of risk Spoofing of Hub rose 3 → 4"), risk.meaning().toString());

        // findings: appeared by stable id, never the run or triage snapshot that change with every analysis
        List<ResourceChange> findings = diff.section("findings").orElseThrow().changes();
        assertFalse(findings.isEmpty());
        assertTrue(findings.stream().allMatch(f -> f.change().equals(ResourceChange.ADDED)), findings.toString());
        Set<String> before = v1.part(HistoryPart.ANALYSIS).stream().map(s -> s.subject().value()).collect(Collectors.toSet());
        assertTrue(findings.stream().noneMatch(f -> before.contains(f.iri())));
        ResourceChange crossing = findings.stream().filter(f -> f.id().startsWith("boundary-unauthenticated-crossing@")).findFirst()
                .orElseThrow(() -> new AssertionError("the new flow crosses the tenant boundary unauthenticated: " + findings));
        assertEquals(List.of("Notifications"), crossing.attribute("subject").orElseThrow().after());
        assertEquals(List.of("new high finding " + crossing.id() + ": Unauthenticated flow across a trust boundary — triage it"),
                crossing.meaning());

        assertTrue(diff.section("elements").isEmpty(), "no element's own attributes changed");
        assertEquals(List.of("components", "flows", "boundaries", "findings", "risks"),
                diff.sections().stream().map(DiffSection::name).toList());
    }

    @Test
    void requirementsControlsAndEvidenceAreComparedGenerically() {
        Snapshot v1 = fixture.snapshot("v1", small.model);
        Snapshot v2 = new HistoryFixture().requirement("REQ-1", small.hub.getId(), "EV-1")
                .requirement("REQ-3", small.cloud.getId(), "EV-3").snapshot("v2", small.model);
        HistoryDiff diff = new SemanticDiff(v1, v2).diff();
        assertEquals(List.of("added REQ-3", "removed REQ-2"), diff.section("requirements").orElseThrow().changes().stream()
                .map(c -> c.change() + " " + c.id()).sorted().toList());
        assertEquals(List.of("added EV-3", "removed EV-2"), diff.section("verification evidence").orElseThrow().changes().stream()
                .map(c -> c.change() + " " + c.id()).sorted().toList());
        assertEquals(3, diff.section("design decisions").orElseThrow().changes().size());
        assertThrows(IllegalArgumentException.class, () -> new SemanticDiff(v1, new Snapshot("other", "x", java.util.Map.of())));
    }

    @Test
    void impactNamesWorsenedRisksStaleVerificationsDecisionsToReviewAndSupplyChainChanges() {
        Snapshot v1 = fixture.snapshot("v1", small.model);
        Snapshot working = upgrade();
        HistoryDiff diff = new SemanticDiff(v1, working).diff();
        ImpactReport report = new ChangeImpact(v1, working, diff, "info").report();

        assertTrue(report.risksRecorded());
        assertEquals(List.of(new ImpactReport.RiskMove("F1", "Spoofing of Hub", 3L, 4L, 3L, 4L)), report.worsenedRisks());
        assertEquals(List.of(), report.newRisks());
        // REQ-1 covers the hub, which contains the firmware that contains Mbed TLS; REQ-2 covers the agent, unchanged
        // (joining a boundary changes the boundary, not the agent)
        assertEquals(List.of(new ImpactReport.InvalidatedVerification("EV-1", null, "REQ-1", List.of("Hub"))),
                report.invalidatedVerifications());
        // DEC-003 is about Mbed TLS too, but superseded
        assertEquals(List.of(new ImpactReport.DecisionToReview("DEC-001", "Decision DEC-001", "accepted", List.of("Mbed TLS"))),
                report.decisionsToReview());
        assertEquals(List.of("Mbed TLS"), report.supplyChainChanges().stream().map(ResourceChange::name).toList());
        assertEquals(diff.section("findings").orElseThrow().changes().size(), report.newFindings().size());
        assertEquals(java.util.EnumSet.of(ImpactReport.Reason.NEW_FINDINGS, ImpactReport.Reason.WORSENED_RISKS,
                ImpactReport.Reason.INVALIDATED_VERIFICATIONS, ImpactReport.Reason.DECISIONS, ImpactReport.Reason.SUPPLY_CHAIN),
                report.reasons());

        ImpactReport critical = new ChangeImpact(v1, working, diff, "critical").report();
        assertTrue(critical.newFindings().stream().allMatch(f -> f.attribute("severity").orElseThrow().after().equals(List.of("critical"))));
        assertThrows(IllegalArgumentException.class, () -> new ChangeImpact(v1, working, diff, "severe"));
    }

    @Test
    void withoutRisksTheReportSaysSo() {
        fixture.clearRisks();
        Snapshot v1 = fixture.snapshot("v1", small.model);
        Snapshot v2 = fixture.snapshot("v2", small.model);
        ImpactReport report = new ChangeImpact(v1, v2, new SemanticDiff(v1, v2).diff(), "medium").report();
        assertFalse(report.risksRecorded());
        assertTrue(report.reasons().isEmpty());
    }

    private static ResourceChange only(HistoryDiff diff, String section) {
        List<ResourceChange> changes = diff.section(section).orElseThrow(() -> new AssertionError("no " + section + ": " + diff)).changes();
        assertEquals(1, changes.size(), changes.toString());
        return changes.get(0);
    }
}
