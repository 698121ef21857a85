package org.threatwright.kb.requirements;

import java.util.Map;

import org.threatwright.kb.ontology.TW;
import org.threatwright.risk.requirements.ControlStatus;
import org.threatwright.risk.requirements.EvidenceKind;
import org.threatwright.risk.requirements.RequirementStatus;
import org.threatwright.risk.requirements.VerificationResult;

/** The ontology concepts of the requirement vocabularies, both ways. */
final class Concepts {

    static final Map<RequirementStatus, String> REQUIREMENT_STATUS = Map.of(
            RequirementStatus.PROPOSED, TW.REQUIREMENT_PROPOSED, RequirementStatus.APPROVED, TW.REQUIREMENT_APPROVED,
            RequirementStatus.WITHDRAWN, TW.REQUIREMENT_WITHDRAWN);
    static final Map<ControlStatus, String> CONTROL_STATUS = Map.of(
            ControlStatus.PLANNED, TW.CONTROL_PLANNED, ControlStatus.IMPLEMENTED, TW.CONTROL_IMPLEMENTED);
    static final Map<EvidenceKind, String> EVIDENCE_KIND = Map.of(
            EvidenceKind.TEST_REPORT, TW.EVIDENCE_TEST_REPORT, EvidenceKind.REVIEW, TW.EVIDENCE_REVIEW,
            EvidenceKind.PEN_TEST, TW.EVIDENCE_PEN_TEST, EvidenceKind.ANALYSIS, TW.EVIDENCE_ANALYSIS);
    static final Map<VerificationResult, String> RESULT = Map.of(
            VerificationResult.PASSED, TW.VERIFICATION_PASSED, VerificationResult.FAILED, TW.VERIFICATION_FAILED,
            VerificationResult.INCONCLUSIVE, TW.VERIFICATION_INCONCLUSIVE);

    private Concepts() {
    }

    /** The constant whose concept is {@code iri}. */
    static <E> E of(Map<E, String> concepts, String iri, String subject, String property) {
        return concepts.entrySet().stream().filter(entry -> entry.getValue().equals(iri)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(subject + ": " + property
                        + " has the unknown value <" + iri + ">"));
    }
}
