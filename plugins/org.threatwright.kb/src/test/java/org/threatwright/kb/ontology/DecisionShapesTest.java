package org.threatwright.kb.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.threatwright.kb.audit.AuditedKnowledgeStore;
import org.threatwright.kb.decisions.DecisionLog;
import org.threatwright.kb.decisions.DecisionStatus;
import org.threatwright.kb.decisions.NewDecision;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.KnowledgeStores;

/** Design decisions as DecisionLog writes them, a superseded one included, conform to the shapes. */
class DecisionShapesTest {

    @Test
    void recordedDecisionsConform() {
        try (KnowledgeStore store = AuditedKnowledgeStore.wrap(KnowledgeStores.memory(), "ada")) {
            DecisionLog log = new DecisionLog(store, "m-1");
            NewDecision first = new NewDecision("Serial console", "RMA needs a console", "Keep it behind a signed token",
                    List.of("Remove it: board rework"), "Token service needed", DecisionStatus.ACCEPTED, LocalDate.of(2026, 1, 2),
                    "ada", List.of("e1"), List.of(), List.of(), List.of(), List.of("https://threatwright.org/catalogue/iotsf/2.4.3.29"),
                    null);
            log.add(first, Set.of("e1"), Set.of());
            log.add(new NewDecision("Serial console, revised", "Token service too costly", "Remove the console", List.of(), null,
                    DecisionStatus.PROPOSED, LocalDate.of(2026, 2, 2), "grace", List.of("e1"), List.of(), List.of(), List.of(),
                    List.of(), "DEC-001"), Set.of("e1"), Set.of());
            List<org.threatwright.kb.store.Statement> decisions = store.read(reader -> reader.statements(log.graph()));
            ValidationReport report = Rdf.validate(decisions);
            assertTrue(report.conforms(), Rdf.describe(report));
        }
    }
}
