package org.threatwright.kb.decisions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/**
 * Design decisions as statements, with PROV-O: a {@code tw:DesignDecision} ({@code prov:Entity}) named
 * {@link Iris#designDecision}, with {@code dcterms:identifier}, {@code dcterms:title}, {@code tw:rationale} (the context),
 * {@code tw:decisionStatement}, {@code tw:alternativeConsidered} (one per alternative), {@code tw:consequence},
 * {@code tw:decisionStatus}, {@code dcterms:date} (when decided), {@code prov:wasAttributedTo} (who),
 * {@code prov:generatedAtTime} (when recorded), {@code tw:concerns} (elements, findings, risks, requirements),
 * {@code tw:addressesClause} and {@code prov:wasRevisionOf} (the decision it supersedes).
 */
final class DecisionRdf {

    /** The context of the record: why a decision was needed and taken (the shapes require it). */
    static final String DECISION_CONTEXT = TW.RATIONALE;
    static final String DECISION_STATEMENT = TW.DECISION_STATEMENT;
    static final String CONSEQUENCE = TW.CONSEQUENCE;
    static final String ALTERNATIVE_CONSIDERED = TW.NS + "alternativeConsidered";
    static final String DECISION_STATUS = TW.NS + "decisionStatus";
    static final String ADDRESSES_CLAUSE = TW.NS + "addressesClause";
    static final String PROV_WAS_REVISION_OF = TW.PROV + "wasRevisionOf";
    static final String DCTERMS_DATE = TW.DCTERMS + "date";

    private DecisionRdf() {
    }

    static List<Statement> toStatements(DesignDecision d) {
        List<Statement> out = new ArrayList<>();
        Term s = Term.iri(Iris.designDecision(d.id()));
        String agent = Iris.agent(d.author());
        out.add(Statement.of(s, TW.RDF_TYPE, Term.iri(TW.DESIGN_DECISION)));
        out.add(Statement.of(s, TW.DCTERMS_IDENTIFIER, Term.literal(d.id())));
        out.add(Statement.of(s, TW.DCTERMS_TITLE, Term.literal(d.title())));
        text(out, s, DECISION_CONTEXT, d.context());
        text(out, s, DECISION_STATEMENT, d.decision());
        d.alternatives().forEach(a -> text(out, s, ALTERNATIVE_CONSIDERED, a));
        text(out, s, CONSEQUENCE, d.consequences());
        out.add(Statement.of(s, DECISION_STATUS, Term.iri(d.status().concept())));
        out.add(Statement.of(s, DCTERMS_DATE, Term.typed(d.date().toString(), TW.XSD_DATE)));
        out.add(Statement.of(s, TW.PROV_WAS_ATTRIBUTED_TO, Term.iri(agent)));
        out.add(Statement.of(s, TW.PROV_GENERATED_AT_TIME, Term.typed(d.recordedAt().toString(), TW.XSD_DATE_TIME)));
        d.elements().forEach(id -> out.add(Statement.of(s, TW.CONCERNS, Term.iri(Iris.element(id)))));
        d.findings().forEach(id -> out.add(Statement.of(s, TW.CONCERNS, Term.iri(Iris.finding(id)))));
        d.risks().forEach(id -> out.add(Statement.of(s, TW.CONCERNS, Term.iri(Iris.risk(id)))));
        d.requirements().forEach(id -> out.add(Statement.of(s, TW.CONCERNS, Term.iri(Iris.requirement(id)))));
        d.clauses().forEach(iri -> out.add(Statement.of(s, ADDRESSES_CLAUSE, Term.iri(iri))));
        if (d.supersedes() != null) {
            out.add(Statement.of(s, PROV_WAS_REVISION_OF, Term.iri(Iris.designDecision(d.supersedes()))));
        }
        out.add(Statement.of(Term.iri(agent), TW.RDF_TYPE, Term.iri(TW.PROV_AGENT)));
        out.add(Statement.of(Term.iri(agent), TW.RDFS_LABEL, Term.literal(d.author())));
        return out;
    }

    private static void text(List<Statement> out, Term subject, String property, String value) {
        if (value != null && !value.isBlank()) {
            out.add(Statement.of(subject, property, Term.literal(value)));
        }
    }

    /**
     * The decisions among {@code statements} by id (sorted).
     *
     * @throws IllegalArgumentException naming the decision when it lacks an id, title, status, date or author
     */
    static Map<String, DesignDecision> fromStatements(Collection<Statement> statements) {
        Map<String, Map<String, List<Term>>> bySubject = new HashMap<>();
        for (Statement st : statements) {
            bySubject.computeIfAbsent(st.subject().value(), k -> new HashMap<>())
                    .computeIfAbsent(st.predicate().value(), k -> new ArrayList<>()).add(st.object());
        }
        Map<String, String> supersededBy = new HashMap<>();
        Map<String, DesignDecision> decisions = new TreeMap<>();
        for (Map.Entry<String, Map<String, List<Term>>> e : bySubject.entrySet()) {
            if (e.getValue().getOrDefault(TW.RDF_TYPE, List.of()).contains(Term.iri(TW.DESIGN_DECISION))) {
                for (Term old : e.getValue().getOrDefault(PROV_WAS_REVISION_OF, List.of())) {
                    supersededBy.put(old.value(), e.getKey());
                }
            }
        }
        for (Map.Entry<String, Map<String, List<Term>>> e : bySubject.entrySet()) {
            Map<String, List<Term>> p = e.getValue();
            if (!p.getOrDefault(TW.RDF_TYPE, List.of()).contains(Term.iri(TW.DESIGN_DECISION))) {
                continue;
            }
            String iri = e.getKey();
            try {
                DesignDecision d = read(iri, p, bySubject, supersededBy);
                decisions.put(d.id(), d);
            } catch (RuntimeException failure) {
                throw new IllegalArgumentException("design decision " + iri + ": " + failure.getMessage(), failure);
            }
        }
        return decisions;
    }

    private static DesignDecision read(String iri, Map<String, List<Term>> p, Map<String, Map<String, List<Term>>> bySubject,
            Map<String, String> supersededBy) {
        List<String> elements = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        List<String> risks = new ArrayList<>();
        List<String> requirements = new ArrayList<>();
        for (Term target : p.getOrDefault(TW.CONCERNS, List.of())) {
            String t = target.value();
            if (t.startsWith(Iris.ELEMENT)) {
                elements.add(Iris.decodeSegment(t.substring(Iris.ELEMENT.length())));
            } else if (t.startsWith(Iris.FINDING)) {
                findings.add(Iris.decodeSegment(t.substring(Iris.FINDING.length())));
            } else if (t.startsWith(Iris.RISK)) {
                risks.add(Iris.decodeSegment(t.substring(Iris.RISK.length())));
            } else if (t.startsWith(Iris.REQUIREMENT)) {
                requirements.add(Iris.decodeSegment(t.substring(Iris.REQUIREMENT.length())));
            }
        }
        String agentIri = one(p, TW.PROV_WAS_ATTRIBUTED_TO);
        String author = one(bySubject.getOrDefault(agentIri, Map.of()), TW.RDFS_LABEL);
        String revisionOf = optional(p, PROV_WAS_REVISION_OF);
        String successor = supersededBy.get(iri);
        return new DesignDecision(one(p, TW.DCTERMS_IDENTIFIER), one(p, TW.DCTERMS_TITLE), optional(p, DECISION_CONTEXT),
                optional(p, DECISION_STATEMENT), sorted(p.getOrDefault(ALTERNATIVE_CONSIDERED, List.of())),
                optional(p, CONSEQUENCE), DecisionStatus.ofConcept(one(p, DECISION_STATUS)),
                LocalDate.parse(one(p, DCTERMS_DATE)), author, OffsetDateTime.parse(one(p, TW.PROV_GENERATED_AT_TIME)).toInstant(),
                elements.stream().sorted().toList(), findings.stream().sorted().toList(), risks.stream().sorted().toList(),
                requirements.stream().sorted().toList(), sorted(p.getOrDefault(ADDRESSES_CLAUSE, List.of())),
                revisionOf == null ? null : Iris.decodeSegment(revisionOf.substring(Iris.DECISION.length())),
                successor == null ? null : Iris.decodeSegment(successor.substring(Iris.DECISION.length())));
    }

    private static List<String> sorted(List<Term> terms) {
        return terms.stream().map(Term::value).sorted().toList();
    }

    private static String one(Map<String, List<Term>> p, String property) {
        String value = optional(p, property);
        if (value == null) {
            throw new IllegalArgumentException("no " + property);
        }
        return value;
    }

    private static String optional(Map<String, List<Term>> p, String property) {
        List<Term> values = p.getOrDefault(property, List.of());
        if (values.size() > 1) {
            throw new IllegalArgumentException(values.size() + " values of " + property);
        }
        return values.isEmpty() ? null : values.get(0).value();
    }
}
