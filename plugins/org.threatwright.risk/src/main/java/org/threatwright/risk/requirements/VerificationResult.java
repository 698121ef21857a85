package org.threatwright.risk.requirements;

/** The outcome of a verification. Inconclusive evidence neither verifies nor refutes. */
public enum VerificationResult implements Labelled.HasLabel {
    PASSED("passed"), FAILED("failed"), INCONCLUSIVE("inconclusive");

    private final String label;

    VerificationResult(String label) {
        this.label = label;
    }

    /** The form used on the command line, in JSON and as the concept's notation. */
    @Override
    public String label() {
        return label;
    }

    public static VerificationResult ofLabel(String label) {
        return Labelled.of(VerificationResult.class, label, "a verification result");
    }
}
