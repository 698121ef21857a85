package org.threatwright.risk.requirements;

/** What kind of verification a piece of evidence records (ZVEI 1.4). */
public enum EvidenceKind implements Labelled.HasLabel {
    TEST_REPORT("test-report"), REVIEW("review"), PEN_TEST("pen-test"), ANALYSIS("analysis");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    /** The form used on the command line, in JSON and as the concept's notation. */
    @Override
    public String label() {
        return label;
    }

    public static EvidenceKind ofLabel(String label) {
        return Labelled.of(EvidenceKind.class, label, "an evidence kind");
    }
}
