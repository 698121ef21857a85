package org.threatwright.kb.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.risk.requirements.RequirementTemplate;
import org.threatwright.risk.requirements.RequirementTemplates;

/** The requirement templates of the risk bundle name only clauses the built-in catalogues have. */
class TemplateClausesTest {

    @Test
    void everyTemplateClauseIsARequirementClauseOfABuiltInCatalogue() {
        Catalogues catalogues = Catalogues.builtIn();
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (RequirementTemplate template : RequirementTemplates.builtIn().all()) {
            for (String iri : template.clauseIris()) {
                checked++;
                if (catalogues.concept(iri).filter(concept -> concept.isRequirement()).isEmpty()) {
                    unknown.add(template.ruleId() + ": " + iri);
                }
            }
        }
        assertEquals(List.of(), unknown);
        assertEquals(true, checked > 150, "clauses checked: " + checked);
    }
}
