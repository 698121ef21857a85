package org.threatwright.risk.requirements;

/**
 * Whether a control is only planned or is in the product. Evidence about a planned control does not verify a
 * requirement.
 */
public enum ControlStatus implements Labelled.HasLabel {
    PLANNED("planned"), IMPLEMENTED("implemented");

    private final String label;

    ControlStatus(String label) {
        this.label = label;
    }

    /** The form used on the command line, in JSON and as the concept's notation. */
    @Override
    public String label() {
        return label;
    }

    public static ControlStatus ofLabel(String label) {
        return Labelled.of(ControlStatus.class, label, "a control status");
    }
}
