package org.threatwright.kb.decisions;

import java.util.Locale;

import org.threatwright.kb.ontology.TW;

/** Where a design decision stands; the concepts of {@code tw:DecisionStatusScheme}. */
public enum DecisionStatus {
    PROPOSED("DecisionProposed"), ACCEPTED("DecisionAccepted"), REJECTED("DecisionRejected"), SUPERSEDED("DecisionSuperseded");

    private final String concept;

    DecisionStatus(String localName) {
        this.concept = TW.NS + localName;
    }

    /** The SKOS concept IRI. */
    public String concept() {
        return concept;
    }

    /** The lower-case label the CLI uses: proposed, accepted, rejected, superseded. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of a label, case-insensitively. */
    public static DecisionStatus ofLabel(String label) {
        for (DecisionStatus status : values()) {
            if (status.label().equalsIgnoreCase(label.strip())) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown decision status '" + label + "' (proposed, accepted, rejected, superseded)");
    }

    /** The status of a concept IRI. */
    public static DecisionStatus ofConcept(String iri) {
        for (DecisionStatus status : values()) {
            if (status.concept.equals(iri)) {
                return status;
            }
        }
        throw new IllegalArgumentException("not a decision status concept: " + iri);
    }
}
