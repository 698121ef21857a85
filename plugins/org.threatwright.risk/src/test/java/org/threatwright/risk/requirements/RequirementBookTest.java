package org.threatwright.risk.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.threatwright.risk.requirements.Fixtures.ALICE;
import static org.threatwright.risk.requirements.Fixtures.BOB;
import static org.threatwright.risk.requirements.Fixtures.finding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RequirementBookTest {

    private static final FindingIndex FINDINGS = FindingIndex.of(List.of(finding("iot-debug-port-exposed", "hub")));

    @Test
    void addedRecordsGetTheNextNumberOfTheirPrefix() {
        RequirementBook book = RequirementBook.empty();
        assertEquals("REQ-1", book.addRequirement(null, "A", "a", List.of(), List.of(), FINDINGS, ALICE).id());
        book.addRequirement("REQ-7", "B", "b", List.of(), List.of(), FINDINGS, ALICE);
        assertEquals("REQ-8", book.addRequirement(null, "C", "c", List.of(), List.of(), FINDINGS, ALICE).id());
        assertEquals("CTL-1", book.addControl(null, "Fuse JTAG", null, ControlStatus.PLANNED, List.of("REQ-1"),
                List.of(), List.of(), FINDINGS, ALICE).id());
        assertEquals("EV-1", book.addEvidence(null, EvidenceKind.REVIEW, VerificationResult.PASSED, LocalDate.of(2026, 11, 3),
                null, null, List.of(), List.of("CTL-1"), List.of(), BOB).id());
    }

    @Test
    void aLinkToAMissingFindingIsRefusedNamingItAndNothingChanges() {
        RequirementBook book = RequirementBook.empty();
        book.addRequirement(null, "A", "a", List.of(), List.of(), FINDINGS, ALICE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> book.link("REQ-1",
                List.of("iot-debug-port-exposed@hub", "no-such@thing"), List.of(), FINDINGS, BOB));
        assertEquals("no finding 'no-such@thing' in the current analysis", e.getMessage());
        assertEquals(Set.of(), book.requirement("REQ-1").findings());
        assertEquals(ALICE, book.requirement("REQ-1").attribution().lastChange());
        assertEquals("no requirement 'REQ-9' (see: threatwright requirement FILE list)",
                assertThrows(IllegalArgumentException.class, () -> book.addControl(null, "C", null, ControlStatus.PLANNED,
                        List.of("REQ-9"), List.of(), List.of(), FINDINGS, ALICE)).getMessage());
        assertEquals(List.of(), book.controls());
    }

    @Test
    void badInputIsRefusedWithClearMessages() {
        RequirementBook book = RequirementBook.empty();
        book.addRequirement(null, "A", "a", List.of(), List.of(), FINDINGS, ALICE);
        assertEquals("a requirement 'REQ-1' exists already", assertThrows(IllegalArgumentException.class,
                () -> book.addRequirement("REQ-1", "A", "a", List.of(), List.of(), FINDINGS, ALICE)).getMessage());
        assertEquals("a requirement id 'REQ 2' may hold only letters, digits and . _ @ - (starting with a letter or digit, at most 200)",
                assertThrows(IllegalArgumentException.class,
                        () -> book.addRequirement("REQ 2", "A", "a", List.of(), List.of(), FINDINGS, ALICE)).getMessage());
        assertEquals("REQ-1 is not linked to the finding iot-debug-port-exposed@hub", assertThrows(IllegalArgumentException.class,
                () -> book.unlink("REQ-1", List.of("iot-debug-port-exposed@hub"), List.of(), FINDINGS, BOB)).getMessage());
        assertEquals("EV-1: the location 'reports/x.pdf' is not an absolute URI (e.g. https://ci.example.com/runs/42 or file:///reports/x.pdf)",
                assertThrows(IllegalArgumentException.class, () -> book.addEvidence(null, EvidenceKind.TEST_REPORT,
                        VerificationResult.PASSED, LocalDate.of(2026, 1, 1), "reports/x.pdf", null, List.of("REQ-1"),
                        List.of(), List.of(), BOB)).getMessage());
        assertEquals("EV-1: evidence verifies at least one requirement, control or clause", assertThrows(IllegalArgumentException.class,
                () -> book.addEvidence(null, EvidenceKind.TEST_REPORT, VerificationResult.PASSED, LocalDate.of(2026, 1, 1),
                        null, null, List.of(), List.of(), List.of(), BOB)).getMessage());
        assertEquals("REQ-1: the title is empty", assertThrows(IllegalArgumentException.class,
                () -> book.editRequirement("REQ-1", " ", null, null, BOB)).getMessage());
        assertEquals("not a requirement status: 'done' (expected proposed, approved, withdrawn)",
                assertThrows(IllegalArgumentException.class, () -> RequirementStatus.ofLabel("done")).getMessage());
    }
}
