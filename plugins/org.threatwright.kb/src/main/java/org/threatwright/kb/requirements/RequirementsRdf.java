package org.threatwright.kb.requirements;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.risk.requirements.Attribution;
import org.threatwright.risk.requirements.Change;
import org.threatwright.risk.requirements.Control;
import org.threatwright.risk.requirements.Evidence;
import org.threatwright.risk.requirements.Requirement;
import org.threatwright.risk.requirements.RequirementBook;

/**
 * Requirements, controls and evidence as statements and back (docs/requirements.md has the full list).
 *
 * <ul>
 * <li>A requirement ({@link Iris#requirement}) is a {@code tw:SecurityRequirement} with identifier, title,
 * description (its text), {@code tw:requirementStatus}, {@code tw:templateRule} when derived; {@code prov:wasDerivedFrom}
 * each linked finding and that finding's risk ({@link Iris#risk}); {@code tw:excludesFinding} each unlinked finding;
 * {@code tw:addressesClause} each clause; {@code tw:affects} each element its findings are about.</li>
 * <li>A control is a {@code tw:Control} with identifier, title, description, {@code tw:controlStatus},
 * {@code tw:implementsRequirement}, {@code tw:mitigates} each finding and its risk, {@code tw:addressesClause}.</li>
 * <li>Evidence is a {@code tw:VerificationEvidence} with identifier, {@code tw:evidenceKind},
 * {@code tw:verificationResult}, {@code dcterms:created} (the verification date), {@code tw:evidenceLocation}
 * ({@code xsd:anyURI}), {@code dcterms:title} (its summary), {@code tw:verifies} each requirement, control and clause,
 * and {@code tw:addressesClause} each clause it verifies directly.</li>
 * </ul>
 * Requirements and controls carry PROV-O attribution: {@code dcterms:creator} and {@code dcterms:created} for their
 * first write, {@code prov:wasAttributedTo} and {@code prov:generatedAtTime} for their latest; evidence carries who
 * verified ({@code prov:wasAttributedTo}) and when it was recorded ({@code prov:generatedAtTime}). Agents are
 * {@code prov:Agent}s named by {@code rdfs:label}, as in the triage graph.
 */
public final class RequirementsRdf {

    static final String DCTERMS_CREATOR = TW.DCTERMS + "creator";
    static final String XSD_ANY_URI = TW.XSD + "anyURI";

    private RequirementsRdf() {
    }

    /** The statements of a book, sorted by id within each kind so that equal books give equal lists. */
    public static List<Statement> toStatements(RequirementBook book) {
        Statements out = new Statements();
        book.requirements().forEach(requirement -> add(requirement, out));
        book.controls().forEach(control -> add(control, out));
        book.evidence().forEach(evidence -> add(evidence, out));
        return out.toList();
    }

    private static void add(Requirement requirement, Statements out) {
        String iri = Iris.requirement(requirement.id());
        out.type(iri, TW.SECURITY_REQUIREMENT);
        out.text(iri, TW.DCTERMS_IDENTIFIER, requirement.id());
        out.text(iri, TW.DCTERMS_TITLE, requirement.title());
        out.text(iri, TW.DCTERMS_DESCRIPTION, requirement.text());
        out.iri(iri, TW.REQUIREMENT_STATUS, Concepts.REQUIREMENT_STATUS.get(requirement.status()));
        if (requirement.ruleId() != null) {
            out.iri(iri, TW.TEMPLATE_RULE, Iris.rule(requirement.ruleId()));
        }
        for (String finding : requirement.findings()) {
            out.iri(iri, TW.PROV_WAS_DERIVED_FROM, Iris.finding(finding));
            out.iri(iri, TW.PROV_WAS_DERIVED_FROM, Iris.risk(finding));
        }
        requirement.excludedFindings().forEach(finding -> out.iri(iri, TW.EXCLUDES_FINDING, Iris.finding(finding)));
        requirement.clauses().forEach(clause -> out.iri(iri, TW.ADDRESSES_CLAUSE, clause));
        requirement.elements().forEach(element -> out.iri(iri, TW.AFFECTS, Iris.element(element)));
        attribution(iri, requirement.attribution(), out);
    }

    private static void add(Control control, Statements out) {
        String iri = Iris.control(control.id());
        out.type(iri, TW.CONTROL);
        out.text(iri, TW.DCTERMS_IDENTIFIER, control.id());
        out.text(iri, TW.DCTERMS_TITLE, control.title());
        out.text(iri, TW.DCTERMS_DESCRIPTION, control.description());
        out.iri(iri, TW.CONTROL_STATUS, Concepts.CONTROL_STATUS.get(control.status()));
        control.requirements().forEach(id -> out.iri(iri, TW.IMPLEMENTS_REQUIREMENT, Iris.requirement(id)));
        for (String finding : control.mitigates()) {
            out.iri(iri, TW.MITIGATES, Iris.finding(finding));
            out.iri(iri, TW.MITIGATES, Iris.risk(finding));
        }
        control.clauses().forEach(clause -> out.iri(iri, TW.ADDRESSES_CLAUSE, clause));
        attribution(iri, control.attribution(), out);
    }

    private static void add(Evidence evidence, Statements out) {
        String iri = Iris.evidence(evidence.id());
        out.type(iri, TW.VERIFICATION_EVIDENCE);
        out.text(iri, TW.DCTERMS_IDENTIFIER, evidence.id());
        out.iri(iri, TW.EVIDENCE_KIND, Concepts.EVIDENCE_KIND.get(evidence.kind()));
        out.iri(iri, TW.VERIFICATION_RESULT, Concepts.RESULT.get(evidence.result()));
        out.typed(iri, TW.DCTERMS_CREATED, evidence.date().toString(), TW.XSD_DATE);
        if (evidence.location() != null) {
            out.typed(iri, TW.EVIDENCE_LOCATION, evidence.location(), XSD_ANY_URI);
        }
        out.text(iri, TW.DCTERMS_TITLE, evidence.summary());
        evidence.requirements().forEach(id -> out.iri(iri, TW.VERIFIES, Iris.requirement(id)));
        evidence.controls().forEach(id -> out.iri(iri, TW.VERIFIES, Iris.control(id)));
        for (String clause : evidence.clauses()) {
            out.iri(iri, TW.VERIFIES, clause);
            out.iri(iri, TW.ADDRESSES_CLAUSE, clause);
        }
        agent(iri, TW.PROV_WAS_ATTRIBUTED_TO, evidence.by(), out);
        out.typed(iri, TW.PROV_GENERATED_AT_TIME, evidence.recordedAt().toString(), TW.XSD_DATE_TIME);
    }

    private static void attribution(String iri, Attribution attribution, Statements out) {
        agent(iri, DCTERMS_CREATOR, attribution.created().by(), out);
        out.typed(iri, TW.DCTERMS_CREATED, attribution.created().at().toString(), TW.XSD_DATE_TIME);
        agent(iri, TW.PROV_WAS_ATTRIBUTED_TO, attribution.lastChange().by(), out);
        out.typed(iri, TW.PROV_GENERATED_AT_TIME, attribution.lastChange().at().toString(), TW.XSD_DATE_TIME);
    }

    private static void agent(String iri, String property, String name, Statements out) {
        String agent = Iris.agent(name);
        out.iri(iri, property, agent);
        out.type(agent, TW.PROV_AGENT);
        out.text(agent, TW.RDFS_LABEL, name);
    }

    /**
     * The book among {@code statements}; statements about anything else are ignored, so a whole graph can be passed.
     *
     * @throws IllegalArgumentException naming the record when one is malformed
     */
    public static RequirementBook fromStatements(Collection<Statement> statements) {
        Map<Term, Subject> subjects = Subject.group(statements);
        List<Requirement> requirements = new ArrayList<>();
        List<Control> controls = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Subject subject : subjects.values()) {
            try {
                if (subject.hasType(TW.SECURITY_REQUIREMENT)) {
                    requirements.add(requirement(subject, subjects));
                } else if (subject.hasType(TW.CONTROL)) {
                    controls.add(control(subject, subjects));
                } else if (subject.hasType(TW.VERIFICATION_EVIDENCE)) {
                    evidence.add(evidence(subject, subjects));
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(subject.term() + ": a date or time is malformed: " + e.getParsedString(), e);
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                throw new IllegalArgumentException(message.startsWith(subject.term().toString()) ? message
                        : subject.term() + ": " + message, e);
            }
        }
        return new RequirementBook(requirements, controls, evidence);
    }

    private static Requirement requirement(Subject s, Map<Term, Subject> subjects) {
        String rule = s.optionalIri(TW.TEMPLATE_RULE);
        return new Requirement(s.text(TW.DCTERMS_IDENTIFIER), s.text(TW.DCTERMS_TITLE), s.text(TW.DCTERMS_DESCRIPTION),
                rule == null ? null : idOf(Iris.RULE, rule),
                Concepts.of(Concepts.REQUIREMENT_STATUS, s.iri(TW.REQUIREMENT_STATUS), s.term().toString(), "status"),
                ids(Iris.FINDING, s.iris(TW.PROV_WAS_DERIVED_FROM)), ids(Iris.FINDING, s.iris(TW.EXCLUDES_FINDING)),
                new TreeSet<>(s.iris(TW.ADDRESSES_CLAUSE)), ids(Iris.ELEMENT, s.iris(TW.AFFECTS)),
                attribution(s, subjects));
    }

    private static Control control(Subject s, Map<Term, Subject> subjects) {
        return new Control(s.text(TW.DCTERMS_IDENTIFIER), s.text(TW.DCTERMS_TITLE), s.optionalText(TW.DCTERMS_DESCRIPTION),
                Concepts.of(Concepts.CONTROL_STATUS, s.iri(TW.CONTROL_STATUS), s.term().toString(), "status"),
                ids(Iris.REQUIREMENT, s.iris(TW.IMPLEMENTS_REQUIREMENT)), ids(Iris.FINDING, s.iris(TW.MITIGATES)),
                new TreeSet<>(s.iris(TW.ADDRESSES_CLAUSE)), attribution(s, subjects));
    }

    private static Evidence evidence(Subject s, Map<Term, Subject> subjects) {
        List<String> verifies = s.iris(TW.VERIFIES);
        TreeSet<String> clauses = new TreeSet<>();
        for (String target : verifies) {
            if (!target.startsWith(Iris.REQUIREMENT) && !target.startsWith(Iris.CONTROL)) {
                clauses.add(target);
            }
        }
        return new Evidence(s.text(TW.DCTERMS_IDENTIFIER),
                Concepts.of(Concepts.EVIDENCE_KIND, s.iri(TW.EVIDENCE_KIND), s.term().toString(), "kind"),
                Concepts.of(Concepts.RESULT, s.iri(TW.VERIFICATION_RESULT), s.term().toString(), "result"),
                LocalDate.parse(s.text(TW.DCTERMS_CREATED)), agentName(s.iri(TW.PROV_WAS_ATTRIBUTED_TO), subjects),
                s.optionalText(TW.EVIDENCE_LOCATION), s.optionalText(TW.DCTERMS_TITLE),
                ids(Iris.REQUIREMENT, verifies), ids(Iris.CONTROL, verifies), clauses,
                instant(s.text(TW.PROV_GENERATED_AT_TIME)));
    }

    private static Attribution attribution(Subject s, Map<Term, Subject> subjects) {
        return new Attribution(
                new Change(agentName(s.iri(DCTERMS_CREATOR), subjects), instant(s.text(TW.DCTERMS_CREATED))),
                new Change(agentName(s.iri(TW.PROV_WAS_ATTRIBUTED_TO), subjects), instant(s.text(TW.PROV_GENERATED_AT_TIME))));
    }

    private static String agentName(String agentIri, Map<Term, Subject> subjects) {
        Term agent = Term.iri(agentIri);
        return subjects.getOrDefault(agent, Subject.empty(agent)).text(TW.RDFS_LABEL);
    }

    private static Instant instant(String lexical) {
        return OffsetDateTime.parse(lexical).toInstant();
    }

    /** The ids of the IRIs under {@code base} (others, e.g. risk IRIs next to finding IRIs, are skipped). */
    private static TreeSet<String> ids(String base, Collection<String> iris) {
        TreeSet<String> ids = new TreeSet<>();
        for (String iri : iris) {
            if (iri.startsWith(base) && iri.length() > base.length()) {
                ids.add(idOf(base, iri));
            }
        }
        return ids;
    }

    private static String idOf(String base, String iri) {
        if (!iri.startsWith(base) || iri.length() == base.length()) {
            throw new IllegalArgumentException("not an IRI under " + base + ": " + iri);
        }
        return Iris.decodeSegment(iri.substring(base.length()));
    }
}
