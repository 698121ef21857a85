package org.threatwright.kb.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.kb.KnowledgeGraphs;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.Publications;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.compliance.ComplianceCheck;
import org.threatwright.kb.compliance.ComplianceStatus;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.Statement;
import org.threatwright.model.SmallModels;
import org.threatwright.risk.requirements.Change;
import org.threatwright.risk.requirements.FindingIndex;
import org.threatwright.risk.requirements.RequirementTemplates;

/** ZVEI 1.2 reads the requirements the store writes: risks above the threshold need one, those at or below do not. */
class RequirementsComplianceTest {

    private static final String ZVEI_12 = "https://threatwright.org/catalogue/zvei-hpr/1.2";

    @Test
    void zvei12IsMetOnceTheRisksAboveTheThresholdHaveDerivedRequirements() {
        SmallModels small = new SmallModels();
        ThreatRegister register = Publications.register(small.model);
        Finding above = register.findings().get(0);
        try (ProductKnowledge knowledge = ProductKnowledge.in(KnowledgeStores.memory())) {
            RiskFixture risks = new RiskFixture(small.model.getId(), 3).risk(above, 4, 2, "Reduce");
            register.findings().stream().skip(1).forEach(f -> risks.risk(f, 1, 1, null));
            risks.publish(knowledge.store());
            assertEquals(ComplianceStatus.NOT_MET, zvei12(knowledge, small, register));

            RequirementStore store = RequirementStore.of(knowledge, small.model.getId());
            store.changeWithRisks((book, published) -> book.derive(FindingIndex.of(register.findings()), published.exceeding(),
                    RequirementTemplates.builtIn(), new Change("ada", Instant.parse("2026-11-23T10:00:00Z"))));
            assertEquals(Set.of(above.id()), store.risks().exceeding());
            assertEquals(ComplianceStatus.MET, zvei12(knowledge, small, register),
                    "the risks at or below the threshold need no requirement");
        }
    }

    private static ComplianceStatus zvei12(ProductKnowledge knowledge, SmallModels small, ThreatRegister register) {
        List<Statement> data = new ArrayList<>();
        knowledge.store().read(reader -> {
            data.addAll(reader.statements(KnowledgeGraphs.risk(small.model.getId())));
            data.addAll(reader.statements(KnowledgeGraphs.requirements(small.model.getId())));
            return null;
        });
        return ComplianceCheck.of(small.model, register).catalogue(Catalogues.ZVEI_HPR).with(data).evaluate()
                .clause(ZVEI_12).orElseThrow().status();
    }
}
