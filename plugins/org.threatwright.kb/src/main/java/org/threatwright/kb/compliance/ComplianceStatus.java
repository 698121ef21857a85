package org.threatwright.kb.compliance;

/** The outcome of a clause, or of one automated check of a clause. */
public enum ComplianceStatus {
    /** Every automated check of the clause passes and together they cover it. */
    MET("met"),
    /** At least one automated check found a violation. */
    NOT_MET("not met"),
    /** The clause is not mandatory for the compliance class the product is assessed against. */
    NOT_APPLICABLE("not applicable"),
    /** No automated check covers the clause (fully), or the data a check needs does not exist yet. */
    MANUAL("needs manual evidence"),
    /** A number the catalogue keeps without a requirement; listed so that the numbering stays complete. */
    RESERVED("reserved");

    private final String label;

    ComplianceStatus(String label) {
        this.label = label;
    }

    /** The status in words, as the reports print it. */
    public String label() {
        return label;
    }
}
