package org.threatwright.risk.requirements;

/**
 * Where a security requirement stands: derived requirements start as proposed; people approve or withdraw them. A
 * withdrawn requirement no longer counts for the release gate.
 */
public enum RequirementStatus implements Labelled.HasLabel {
    PROPOSED("proposed"), APPROVED("approved"), WITHDRAWN("withdrawn");

    private final String label;

    RequirementStatus(String label) {
        this.label = label;
    }

    /** The form used on the command line, in JSON and as the concept's notation. */
    @Override
    public String label() {
        return label;
    }

    public static RequirementStatus ofLabel(String label) {
        return Labelled.of(RequirementStatus.class, label, "a requirement status");
    }
}
