package org.threatwright.kb.trace;

import java.util.List;

/** The results of {@link Traceability}: plain records, free of RDF library types, ready for text or JSON output. */
public final class TraceRecords {

    private TraceRecords() {
    }

    /** A model element found by id or exact name; {@code type} is its ontology class's local name. */
    public record TracedElement(String iri, String id, String name, String type) {
    }

    /**
     * A finding about an element: its stable id, rule, STRIDE category, severity and current triage status (labels
     * as in the register's JSON: {@code Spoofing}, {@code high}, {@code mitigated}).
     */
    public record TracedFinding(String id, String rule, String title, String stride, String severity, String status) {
    }

    /**
     * A risk, requirement, control or piece of evidence: its IRI, identifier and title when stated, and one detail
     * (a risk's level, an evidence's result), all possibly null since the records come from other tools.
     */
    public record TracedRecord(String iri, String identifier, String title, String detail) {
    }

    /** A catalogue clause: catalogue id ({@code iotsf}), notation ({@code 2.4.3.24}) and label. */
    public record TracedClause(String iri, String catalogue, String notation, String label) {
    }

    /** Everything traced from one element. */
    public record ElementTrace(TracedElement element, List<TracedFinding> findings, List<TracedRecord> risks,
            List<TracedRecord> requirements, List<TracedRecord> controls, List<TracedClause> clauses) {
    }

    /** Everything traced from one clause. */
    public record ClauseTrace(TracedClause clause, List<TracedRecord> requirements, List<TracedRecord> controls,
            List<TracedRecord> evidence) {
    }

    /** What is missing: risks nobody derived a requirement from, unverified requirements, clauses without evidence. */
    public record Gaps(List<TracedRecord> risksWithoutRequirement, List<TracedRecord> requirementsWithoutVerification,
            List<TracedClause> clausesWithoutEvidence) {
    }
}
