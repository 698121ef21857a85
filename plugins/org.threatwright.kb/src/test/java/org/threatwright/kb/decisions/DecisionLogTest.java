package org.threatwright.kb.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.audit.AuditLog;
import org.threatwright.kb.audit.AuditedKnowledgeStore;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

class DecisionLogTest {

    private static final String MODEL = "m-1";
    private static final String CLAUSE = "https://threatwright.org/catalogue/iotsf/2.4.3.29";

    private static NewDecision decision(String title, List<String> elements, List<String> risks, List<String> requirements,
            String supersedes) {
        return new NewDecision(title, "The hub must talk to the cloud", "Use MQTT over TLS with client certificates",
                List.of("Plain MQTT: no confidentiality", "HTTPS polling: latency"), "Certificates must be provisioned",
                DecisionStatus.ACCEPTED, LocalDate.of(2026, 3, 1), "ada", elements, List.of("F1@e1"), risks, requirements,
                List.of(CLAUSE), supersedes);
    }

    @Test
    void decisionsGetIdsInOrderKeepEverythingAndSupersedeEachOther() {
        try (KnowledgeStore store = AuditedKnowledgeStore.wrap(KnowledgeStores.memory(), "ada")) {
            store.writeAll(w -> w.add(KnowledgeGraphs.risk(MODEL), List.of(Statement.of(Term.iri(Iris.risk("F1@e1")), TW.RDF_TYPE,
                    Term.iri(TW.RISK)))));
            DecisionLog log = new DecisionLog(store, MODEL);
            DesignDecision first = log.add(decision("Cloud protocol", List.of("e1"), List.of("F1@e1"), List.of(), null),
                    Set.of("e1", "e2"), Set.of("F1@e1"));
            assertEquals("DEC-001", first.id());
            DesignDecision second = log.add(decision("Cloud protocol, revised", List.of("e2"), List.of(), List.of(), "DEC-001"),
                    Set.of("e1", "e2"), Set.of("F1@e1"));
            assertEquals("DEC-002", second.id());

            DesignDecision old = log.find("DEC-001").orElseThrow();
            assertEquals(DecisionStatus.SUPERSEDED, old.status());
            assertEquals("DEC-002", old.supersededBy());
            assertEquals("The hub must talk to the cloud", old.context());
            assertEquals("Use MQTT over TLS with client certificates", old.decision());
            assertEquals(List.of("HTTPS polling: latency", "Plain MQTT: no confidentiality"), old.alternatives());
            assertEquals(List.of("e1"), old.elements());
            assertEquals(List.of("F1@e1"), old.findings());
            assertEquals(List.of("F1@e1"), old.risks());
            assertEquals(List.of(CLAUSE), old.clauses());
            assertEquals(LocalDate.of(2026, 3, 1), old.date());
            assertEquals("ada", old.author());
            DesignDecision now = log.find("DEC-002").orElseThrow();
            assertEquals("DEC-001", now.supersedes());
            assertEquals(DecisionStatus.ACCEPTED, now.status());
            assertEquals(List.of("DEC-001", "DEC-002"), log.list().stream().map(DesignDecision::id).toList());
            assertTrue(store.<Boolean>read(r -> r.ask(org.threatwright.kb.store.Sparql.of(
                    "ASK { GRAPH ?g { ?new <http://www.w3.org/ns/prov#wasRevisionOf> ?old } }").bindIri("g", log.graph())
                    .bindIri("new", Iris.designDecision("DEC-002")).bindIri("old", Iris.designDecision("DEC-001")))));
            assertEquals("decision DEC-002 recorded, superseding DEC-001", new AuditLog(store, MODEL).entries().getLast().action());

            IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> log.add(
                    decision("again", List.of(), List.of(), List.of(), "DEC-001"), Set.of(), Set.of("F1@e1")));
            assertEquals("cannot supersede DEC-001: it was already superseded by DEC-002", twice.getMessage());
        }
    }

    @Test
    void unknownLinksAreRefusedAndNothingIsWritten() {
        try (KnowledgeStore store = AuditedKnowledgeStore.wrap(KnowledgeStores.memory(), "ada")) {
            DecisionLog log = new DecisionLog(store, MODEL);
            assertEquals("no element with id 'e9' in model m-1", assertThrows(IllegalArgumentException.class,
                    () -> log.add(decision("x", List.of("e9"), List.of(), List.of(), null), Set.of("e1"), Set.of("F1@e1"))).getMessage());
            assertTrue(assertThrows(IllegalArgumentException.class,
                    () -> log.add(decision("x", List.of(), List.of(), List.of(), null), Set.of(), Set.of()))
                    .getMessage().startsWith("no finding 'F1@e1'"));
            String hostile = "REQ-1> } } ; DROP ALL ; #\"";
            IllegalArgumentException requirement = assertThrows(IllegalArgumentException.class,
                    () -> log.add(decision("x", List.of(), List.of(), List.of(hostile), null), Set.of(), Set.of("F1@e1")));
            assertTrue(requirement.getMessage().startsWith("no requirement '" + hostile + "' in the knowledge base"));
            assertThrows(IllegalArgumentException.class,
                    () -> log.add(decision("x", List.of(), List.of(), List.of(), "DEC-007"), Set.of(), Set.of("F1@e1")));
            assertEquals(Set.of(), store.read(r -> r.graphNames()));
        }
    }
}
