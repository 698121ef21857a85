package org.threatwright.kb.ontology;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/**
 * Triage decisions as statements and back, keyed by the stable finding id like the sidecar file
 * ({@code FILE.triage.json}) they are to replace. A decision is a {@code tw:TriageDecision} named by its finding
 * id ({@link Iris#triageDecision}), about that finding ({@code tw:findingId}, {@code tw:aboutFinding}), with a
 * status concept, an optional justification, the agent who decided ({@code prov:wasAttributedTo}, a
 * {@code prov:Agent} named by {@code rdfs:label}) and when ({@code prov:generatedAtTime}, {@code xsd:dateTime}).
 */
public final class TriageRdf {

    private TriageRdf() {
    }

    /** The statements of {@code decisions}, sorted by finding id so that equal decisions give equal lists. */
    public static List<Statement> toStatements(Collection<TriageDecision> decisions) {
        StatementList list = new StatementList();
        StatementOut out = new StatementOut(list);
        decisions.stream().sorted(Comparator.comparing(TriageDecision::findingId)).forEach(decision -> add(decision, out));
        return list.toList();
    }

    private static void add(TriageDecision decision, StatementOut out) {
        String iri = Iris.triageDecision(decision.findingId());
        String agent = Iris.agent(decision.by());
        out.type(iri, TW.TRIAGE_DECISION);
        out.text(iri, TW.FINDING_ID, decision.findingId());
        out.iri(iri, TW.ABOUT_FINDING, Iris.finding(decision.findingId()));
        out.iri(iri, TW.TRIAGE_STATUS, AnalysisConcepts.triageStatus(decision.status()));
        out.text(iri, TW.JUSTIFICATION, decision.justification());
        out.iri(iri, TW.PROV_WAS_ATTRIBUTED_TO, agent);
        out.add(iri, TW.PROV_GENERATED_AT_TIME, Term.typed(decision.at().toString(), TW.XSD_DATE_TIME));
        out.type(agent, TW.PROV_AGENT);
        out.text(agent, TW.RDFS_LABEL, decision.by());
    }

    /**
     * The triage decisions among {@code statements} by finding id (sorted). Statements about anything else are
     * ignored, so a whole graph can be passed.
     *
     * @throws IllegalArgumentException naming the decision if one lacks a finding id, status, agent or time, has
     *                                  two of them, or has a value of the wrong form
     */
    public static Map<String, TriageDecision> fromStatements(Collection<Statement> statements) {
        Map<Term, Map<String, List<Term>>> bySubject = new LinkedHashMap<>();
        for (Statement statement : statements) {
            bySubject.computeIfAbsent(statement.subject(), subject -> new LinkedHashMap<>())
                    .computeIfAbsent(statement.predicate().value(), predicate -> new ArrayList<>()).add(statement.object());
        }
        Map<String, TriageDecision> decisions = new TreeMap<>();
        for (Map.Entry<Term, Map<String, List<Term>>> entry : bySubject.entrySet()) {
            List<Term> types = entry.getValue().getOrDefault(TW.RDF_TYPE, List.of());
            if (types.contains(Term.iri(TW.TRIAGE_DECISION))) {
                TriageDecision decision = read(entry.getKey(), entry.getValue(), bySubject);
                if (decisions.put(decision.findingId(), decision) != null) {
                    throw new IllegalArgumentException("two triage decisions about " + decision.findingId());
                }
            }
        }
        return decisions;
    }

    private static TriageDecision read(Term subject, Map<String, List<Term>> properties,
            Map<Term, Map<String, List<Term>>> bySubject) {
        Values values = new Values(subject, properties);
        String findingId = values.one(TW.FINDING_ID, true).value();
        Term status = values.one(TW.TRIAGE_STATUS, false);
        Term justification = values.optional(TW.JUSTIFICATION, true);
        Term agent = values.one(TW.PROV_WAS_ATTRIBUTED_TO, false);
        Term at = values.one(TW.PROV_GENERATED_AT_TIME, true);
        String by = new Values(agent, bySubject.getOrDefault(agent, Map.of())).one(TW.RDFS_LABEL, true).value();
        try {
            return new TriageDecision(findingId, AnalysisConcepts.triageStatusOf(status.value()),
                    justification == null ? null : justification.value(), by,
                    OffsetDateTime.parse(at.value()).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(subject + ": the decision time '" + at.value()
                    + "' is not a date and time with a time zone", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(subject + ": " + e.getMessage(), e);
        }
    }

    /** The values of one subject's properties, with the checks a decision needs. */
    private record Values(Term subject, Map<String, List<Term>> properties) {

        Term one(String property, boolean literal) {
            Term value = optional(property, literal);
            if (value == null) {
                throw new IllegalArgumentException(subject + " has no " + property);
            }
            return value;
        }

        Term optional(String property, boolean literal) {
            List<Term> values = properties.getOrDefault(property, List.of());
            if (values.size() > 1) {
                throw new IllegalArgumentException(subject + " has " + values.size() + " values of " + property);
            }
            if (values.isEmpty()) {
                return null;
            }
            Term value = values.get(0);
            if (value.isLiteral() != literal) {
                throw new IllegalArgumentException(subject + ": " + property + " should be " + (literal ? "a literal" : "an IRI")
                        + ", not " + value);
            }
            return value;
        }
    }
}
