package org.threatwright.risk.gate;

/**
 * One reason a release may not ship.
 *
 * @param kind    what is missing
 * @param subject the id of the risk (its finding id), requirement or finding concerned
 * @param message the reason in plain words, naming the subject
 */
public record GateReason(Kind kind, String subject, String message) {

    /** The kinds of reason, in the order the gate lists them. */
    public enum Kind {
        /** The model describes another release than the one gated. */
        RELEASE_MISMATCH("release-mismatch"),
        /** A finding of the current analysis has no assessed risk. */
        RISK_NOT_ASSESSED("risk-not-assessed"),
        /** A risk above the threshold has no treatment. */
        RISK_UNTREATED("risk-untreated"),
        /** A risk above the threshold is retained although its residual value still exceeds it. */
        RISK_RETAINED_ABOVE_THRESHOLD("risk-retained-above-threshold"),
        /** A risk above the threshold is avoided, reduced or shared, but its residual value still exceeds it. */
        RESIDUAL_RISK_ABOVE_THRESHOLD("residual-risk-above-threshold"),
        /** A risk above the threshold that is to be avoided or reduced has no active requirement. */
        RISK_WITHOUT_REQUIREMENT("risk-without-requirement"),
        /** A requirement for a risk above the threshold is not verified. */
        REQUIREMENT_NOT_VERIFIED("requirement-not-verified"),
        /** A finding at or above the configured severity is still open. */
        OPEN_FINDING("open-finding");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
