package org.threatwright.risk.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.threatwright.risk.requirements.Fixtures.ALICE;
import static org.threatwright.risk.requirements.Fixtures.BOB;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threatwright.risk.requirements.RequirementVerification.State;

class RequirementVerificationTest {

    private static final FindingIndex NONE = FindingIndex.of(List.of());
    private RequirementBook book;

    @BeforeEach
    void book() {
        book = RequirementBook.empty();
        book.addRequirement("REQ-1", "Debug ports locked", "t", List.of(), List.of(), NONE, ALICE);
        book.addControl("CTL-1", "JTAG fused", null, ControlStatus.PLANNED, List.of("REQ-1"), List.of(), List.of(), NONE, ALICE);
    }

    private State state() {
        return RequirementVerification.of(book).of("REQ-1").state();
    }

    private void evidence(String target, VerificationResult result, int day, Instant at) {
        boolean control = target.startsWith("CTL");
        book.addEvidence(null, EvidenceKind.TEST_REPORT, result, LocalDate.of(2026, 11, day), null, null,
                control ? List.of() : List.of(target), control ? List.of(target) : List.of(), List.of(),
                new Change("carol", at));
    }

    @Test
    void withoutEvidenceARequirementIsUnverified() {
        assertEquals(State.UNVERIFIED, state());
    }

    @Test
    void passingEvidenceVerifiesDirectly() {
        evidence("REQ-1", VerificationResult.PASSED, 3, BOB.at());
        assertEquals(State.VERIFIED, state());
        assertEquals("EV-1", RequirementVerification.of(book).of("REQ-1").decidedBy().id());
    }

    @Test
    void evidenceOfAControlCountsOnlyOnceItIsImplemented() {
        evidence("CTL-1", VerificationResult.PASSED, 3, BOB.at());
        assertEquals(State.UNVERIFIED, state(), "the control is only planned");
        book.setControlStatus("CTL-1", ControlStatus.IMPLEMENTED, BOB);
        assertEquals(State.VERIFIED, state());
    }

    @Test
    void failedEvidenceNewerThanPassingEvidenceUndoesTheVerification() {
        book.setControlStatus("CTL-1", ControlStatus.IMPLEMENTED, BOB);
        evidence("REQ-1", VerificationResult.PASSED, 3, BOB.at());
        evidence("CTL-1", VerificationResult.FAILED, 4, BOB.at());
        assertEquals(State.FAILED, state());
        evidence("REQ-1", VerificationResult.INCONCLUSIVE, 5, BOB.at());
        assertEquals(State.FAILED, state(), "inconclusive evidence decides nothing");
        evidence("REQ-1", VerificationResult.PASSED, 5, BOB.at());
        assertEquals(State.VERIFIED, state());
    }

    @Test
    void onTheSameDayTheLaterRecordedEvidenceDecides() {
        evidence("REQ-1", VerificationResult.FAILED, 3, Instant.parse("2026-11-03T12:00:00Z"));
        evidence("REQ-1", VerificationResult.PASSED, 3, Instant.parse("2026-11-03T09:00:00Z"));
        assertEquals(State.FAILED, state());
    }
}
