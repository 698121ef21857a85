package org.threatwright.risk.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threatwright.risk.requirements.Fixtures.ALICE;
import static org.threatwright.risk.requirements.Fixtures.BOB;
import static org.threatwright.risk.requirements.Fixtures.finding;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;

class RequirementDerivationTest {

    private static final Finding DEBUG_HUB = finding("iot-debug-port-exposed", "hub");
    private static final Finding DEBUG_CAM = finding("iot-debug-port-exposed", "cam");
    private static final Finding SUPPORT_HUB = finding("iot-support-period-ended", "hub");
    private static final Finding SUPPORT_CAM = finding("iot-support-period-ended", "cam");
    private static final FindingIndex FINDINGS = FindingIndex.of(List.of(DEBUG_HUB, DEBUG_CAM, SUPPORT_HUB, SUPPORT_CAM));

    @Test
    void onePerRuleRequirementLinksAllItsFindingsAboveTheThreshold() {
        RequirementBook book = RequirementBook.empty();
        var result = book.derive(FINDINGS, Set.of(DEBUG_HUB.id(), DEBUG_CAM.id()), RequirementTemplates.builtIn(), ALICE);
        assertEquals(List.of("REQ-iot-debug-port-exposed"), result.created());
        Requirement requirement = book.requirement("REQ-iot-debug-port-exposed");
        assertEquals(Set.of(DEBUG_CAM.id(), DEBUG_HUB.id()), requirement.findings());
        assertEquals(Set.of("cam", "hub"), requirement.elements());
        assertEquals("Debug interfaces are disabled or locked on production units", requirement.title());
        assertEquals("iot-debug-port-exposed", requirement.ruleId());
        assertEquals(RequirementStatus.PROPOSED, requirement.status());
        assertEquals(Set.of("https://threatwright.org/catalogue/zvei-hpr/1.2",
                "https://threatwright.org/catalogue/etsi-en-303-645/5.6-3",
                "https://threatwright.org/catalogue/etsi-en-303-645/5.6-4",
                "https://threatwright.org/catalogue/iec-62443-4-1/SD-1"), requirement.clauses());
        assertEquals(ALICE, requirement.attribution().created());
    }

    @Test
    void findingsAtOrBelowTheThresholdGetNoRequirement() {
        RequirementBook book = RequirementBook.empty();
        var result = book.derive(FINDINGS, Set.of(), RequirementTemplates.builtIn(), ALICE);
        assertEquals(List.of(), book.requirements());
        assertFalse(result.changed());
    }

    @Test
    void aPerElementTemplateGivesOneRequirementPerElementNamingIt() {
        RequirementBook book = RequirementBook.empty();
        book.derive(FINDINGS, Set.of(SUPPORT_HUB.id(), SUPPORT_CAM.id()), RequirementTemplates.builtIn(), ALICE);
        assertEquals(List.of("REQ-iot-support-period-ended@cam", "REQ-iot-support-period-ended@hub"),
                book.requirements().stream().map(Requirement::id).toList());
        Requirement hub = book.requirement("REQ-iot-support-period-ended@hub");
        assertEquals("HUB receives security updates or its users are told it does not", hub.title());
        assertEquals(Set.of(SUPPORT_HUB.id()), hub.findings());
    }

    @Test
    void reDerivationKeepsEditsAndUnlinkedFindingsAndNeverDuplicates() {
        RequirementBook book = RequirementBook.empty();
        RequirementTemplates templates = RequirementTemplates.builtIn();
        book.derive(FINDINGS, Set.of(DEBUG_HUB.id()), templates, ALICE);
        String id = "REQ-iot-debug-port-exposed";
        book.editRequirement(id, null, "JTAG is fused off at end-of-line test.", RequirementStatus.APPROVED, BOB);
        book.link(id, List.of(), List.of("https://threatwright.org/catalogue/zvei-hpr/1.4"), FINDINGS, BOB);
        book.unlink(id, List.of(DEBUG_HUB.id()), List.of("https://threatwright.org/catalogue/iec-62443-4-1/SD-1"), FINDINGS, BOB);

        var again = book.derive(FINDINGS, Set.of(DEBUG_HUB.id(), DEBUG_CAM.id()), templates, ALICE);

        assertEquals(List.of(), again.created());
        assertEquals(Map.of(id, List.of(DEBUG_CAM.id())), again.linked());
        Requirement requirement = book.requirement(id);
        assertEquals(1, book.requirements().size());
        assertEquals("JTAG is fused off at end-of-line test.", requirement.text());
        assertEquals(RequirementStatus.APPROVED, requirement.status());
        assertEquals(Set.of(DEBUG_CAM.id()), requirement.findings(), "the unlinked finding stays unlinked");
        assertEquals(Set.of(DEBUG_HUB.id()), requirement.excludedFindings());
        assertTrue(requirement.clauses().contains("https://threatwright.org/catalogue/zvei-hpr/1.4"));
        assertFalse(requirement.clauses().contains("https://threatwright.org/catalogue/iec-62443-4-1/SD-1"));
        assertEquals(ALICE, requirement.attribution().created());
        assertEquals(ALICE, requirement.attribution().lastChange());

        var third = book.derive(FINDINGS, Set.of(DEBUG_HUB.id(), DEBUG_CAM.id()), templates, BOB);
        assertFalse(third.changed(), "deriving from the same input twice changes nothing");
        assertEquals(ALICE, book.requirement(id).attribution().lastChange());
    }

    @Test
    void linkingAgainUndoesAnUnlink() {
        RequirementBook book = RequirementBook.empty();
        book.derive(FINDINGS, Set.of(DEBUG_HUB.id()), RequirementTemplates.builtIn(), ALICE);
        book.unlink("REQ-iot-debug-port-exposed", List.of(DEBUG_HUB.id()), List.of(), FINDINGS, BOB);
        Requirement relinked = book.link("REQ-iot-debug-port-exposed", List.of(DEBUG_HUB.id()), List.of(), FINDINGS, BOB);
        assertEquals(Set.of(DEBUG_HUB.id()), relinked.findings());
        assertEquals(Set.of(), relinked.excludedFindings());
        assertEquals(Set.of("hub"), relinked.elements());
    }
}
