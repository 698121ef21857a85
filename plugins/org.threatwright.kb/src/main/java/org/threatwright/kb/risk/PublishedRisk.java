package org.threatwright.kb.risk;

/**
 * A risk as the risk graph holds it, read back by finding id.
 *
 * @param findingId                the finding
 * @param title                    readable title
 * @param value                    initial risk value
 * @param residualValue            residual risk value
 * @param levelConcept             IRI of its risk level concept
 * @param exceedsThreshold         initial value above the threshold
 * @param residualExceedsThreshold residual value above the threshold
 * @param treatmentConcept         IRI of its treatment concept, or null
 */
public record PublishedRisk(String findingId, String title, int value, int residualValue, String levelConcept,
        boolean exceedsThreshold, boolean residualExceedsThreshold, String treatmentConcept) {
}
