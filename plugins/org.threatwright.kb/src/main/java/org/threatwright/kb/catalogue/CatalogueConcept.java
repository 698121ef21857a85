package org.threatwright.kb.catalogue;

/**
 * One clause of a catalogue (a SKOS concept) as plain data. Text fields that a concept does not have are null.
 *
 * @param iri the concept's IRI
 * @param schemeIri the IRI of its concept scheme (skos:inScheme)
 * @param notation the clause number as published, or derived (skos:notation)
 * @param kind section, requirement or other
 * @param label skos:prefLabel
 * @param definition skos:definition (the clause summarised in the project's words), or null
 * @param broader IRI of the enclosing clause (skos:broader), or null for a top concept
 * @param reserved a number kept without a requirement (left blank or skipped)
 * @param derivedNotation the notation was made up by Threatwright for an unnumbered item
 * @param applicability IRI of the tw-cat applicability value, or null
 * @param applicabilityText applicability as published, or null
 * @param mandatoryFromClass lowest compliance class for which it is mandatory, or null
 * @param primaryKeyword as published, or null
 * @param secondaryKeyword as published, or null
 * @param obligation IRI of tw-cat:mandatory or tw-cat:recommended, or null
 * @param conditional whether it applies only under a condition
 * @param condition the condition, or null
 */
public record CatalogueConcept(String iri, String schemeIri, String notation, Kind kind, String label,
        String definition, String broader, boolean reserved, boolean derivedNotation, String applicability,
        String applicabilityText, Integer mandatoryFromClass, String primaryKeyword, String secondaryKeyword,
        String obligation, boolean conditional, String condition) {

    /** What a concept stands for in its catalogue. */
    public enum Kind {
        /** A heading that groups clauses (tw-cat:Section). */
        SECTION,
        /** Something to comply with (tw-cat:Requirement). */
        REQUIREMENT,
        /** Anything else: a reserved number, an informative example. */
        OTHER
    }

    /** Whether this is a requirement that is not reserved. */
    public boolean isRequirement() {
        return kind == Kind.REQUIREMENT && !reserved;
    }
}
