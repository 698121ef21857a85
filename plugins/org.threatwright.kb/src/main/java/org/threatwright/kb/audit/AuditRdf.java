package org.threatwright.kb.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/**
 * An audit entry as statements: a {@code tw:AuditEntry} (a {@code prov:Activity}) associated with its agent
 * ({@code prov:wasAssociatedWith}, a {@code prov:Agent} named by {@code rdfs:label}), ended at its commit time
 * ({@code prov:endedAtTime}), with its action text and one {@code tw:GraphChange} per graph ({@code <entry>/graph/<n>}:
 * graph IRI, statements added and removed).
 */
final class AuditRdf {

    private AuditRdf() {
    }

    static List<Statement> toStatements(AuditEntry entry) {
        List<Statement> out = new ArrayList<>();
        Term subject = Term.iri(entry.iri());
        String agent = Iris.agent(entry.agent());
        out.add(Statement.of(subject, TW.RDF_TYPE, Term.iri(AuditVocabulary.AUDIT_ENTRY)));
        out.add(Statement.of(subject, AuditVocabulary.PROV_WAS_ASSOCIATED_WITH, Term.iri(agent)));
        out.add(Statement.of(subject, AuditVocabulary.PROV_ENDED_AT_TIME, Term.typed(entry.at().toString(), TW.XSD_DATE_TIME)));
        out.add(Statement.of(subject, AuditVocabulary.AUDIT_ACTION, Term.literal(entry.action())));
        out.add(Statement.of(Term.iri(agent), TW.RDF_TYPE, Term.iri(TW.PROV_AGENT)));
        out.add(Statement.of(Term.iri(agent), TW.RDFS_LABEL, Term.literal(entry.agent())));
        for (int i = 0; i < entry.graphs().size(); i++) {
            AuditEntry.GraphChange change = entry.graphs().get(i);
            Term node = Term.iri(entry.iri() + "/graph/" + (i + 1));
            out.add(Statement.of(subject, AuditVocabulary.HAS_GRAPH_CHANGE, node));
            out.add(Statement.of(node, TW.RDF_TYPE, Term.iri(AuditVocabulary.GRAPH_CHANGE)));
            out.add(Statement.of(node, AuditVocabulary.CHANGED_GRAPH, Term.literal(change.graph())));
            out.add(Statement.of(node, AuditVocabulary.STATEMENTS_ADDED, Term.typed(Long.toString(change.added()), TW.XSD_INTEGER)));
            out.add(Statement.of(node, AuditVocabulary.STATEMENTS_REMOVED, Term.typed(Long.toString(change.removed()), TW.XSD_INTEGER)));
        }
        return out;
    }

    /**
     * The entries among {@code statements}, oldest first.
     *
     * @throws IllegalArgumentException naming the entry when one lacks its time, agent or action
     */
    static List<AuditEntry> fromStatements(Collection<Statement> statements) {
        Map<String, Map<String, List<Term>>> bySubject = new HashMap<>();
        for (Statement s : statements) {
            bySubject.computeIfAbsent(s.subject().value(), k -> new HashMap<>())
                    .computeIfAbsent(s.predicate().value(), k -> new ArrayList<>()).add(s.object());
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Term>>> subject : bySubject.entrySet()) {
            Map<String, List<Term>> p = subject.getValue();
            if (!p.getOrDefault(TW.RDF_TYPE, List.of()).contains(Term.iri(AuditVocabulary.AUDIT_ENTRY))) {
                continue;
            }
            String iri = subject.getKey();
            Instant at = OffsetDateTime.parse(one(iri, p, AuditVocabulary.PROV_ENDED_AT_TIME)).toInstant();
            String agentIri = one(iri, p, AuditVocabulary.PROV_WAS_ASSOCIATED_WITH);
            String agent = one(agentIri, bySubject.getOrDefault(agentIri, Map.of()), TW.RDFS_LABEL);
            String action = one(iri, p, AuditVocabulary.AUDIT_ACTION);
            List<AuditEntry.GraphChange> changes = new ArrayList<>();
            List<Term> nodes = new ArrayList<>(p.getOrDefault(AuditVocabulary.HAS_GRAPH_CHANGE, List.of()));
            nodes.sort(Comparator.comparingInt(node -> position(node.value())));
            for (Term node : nodes) {
                Map<String, List<Term>> c = bySubject.getOrDefault(node.value(), Map.of());
                changes.add(new AuditEntry.GraphChange(one(node.value(), c, AuditVocabulary.CHANGED_GRAPH),
                        Long.parseLong(one(node.value(), c, AuditVocabulary.STATEMENTS_ADDED)),
                        Long.parseLong(one(node.value(), c, AuditVocabulary.STATEMENTS_REMOVED))));
            }
            entries.add(new AuditEntry(iri, at, agent, action, changes));
        }
        entries.sort(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::iri));
        return entries;
    }

    private static int position(String nodeIri) {
        return Integer.parseInt(nodeIri.substring(nodeIri.lastIndexOf('/') + 1));
    }

    private static String one(String subject, Map<String, List<Term>> properties, String property) {
        List<Term> values = properties.getOrDefault(property, List.of());
        if (values.size() != 1) {
            throw new IllegalArgumentException("audit entry " + subject + " has " + values.size() + " values of " + property);
        }
        return values.get(0).value();
    }
}
