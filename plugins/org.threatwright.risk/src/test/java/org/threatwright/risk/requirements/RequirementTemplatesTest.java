package org.threatwright.risk.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.rules.BuiltInRules;

class RequirementTemplatesTest {

    @Test
    void everyBuiltInRuleHasExactlyOneTemplateAndNoTemplateLacksARule() {
        Set<String> rules = new TreeSet<>();
        for (ThreatRule rule : BuiltInRules.all()) {
            rules.add(RuleDescriptors.of(rule).id());
        }
        assertEquals(61, rules.size(), "the built-in rules");
        // a JSON object cannot hold one key twice without the parser keeping only one: the count must match too
        assertEquals(rules, RequirementTemplates.builtIn().ruleIds());
        assertEquals(rules.size(), RequirementTemplates.builtIn().all().size());
    }

    @Test
    void everyTemplateServesZvei12AndPerElementTemplatesNameTheirElement() {
        for (RequirementTemplate template : RequirementTemplates.builtIn().all()) {
            assertTrue(template.clauses().contains("zvei-hpr/1.2"), template.ruleId());
            if (template.scope() == RequirementTemplate.Scope.ELEMENT) {
                assertTrue(template.title().contains(RequirementTemplate.ELEMENT), template.ruleId());
            }
        }
    }

    @Test
    void aPerElementTemplateFillsInTheElementName() {
        RequirementTemplate template = RequirementTemplates.builtIn().of("iot-support-period-ended").orElseThrow();
        assertEquals("Hub receives security updates or its users are told it does not", template.titleFor("Hub"));
        assertEquals("https://threatwright.org/catalogue/zvei-hpr/1.2", template.clauseIris().get(0));
    }

    @Test
    void malformedTemplatesAreRefusedNamingTheRule() {
        assertEquals("t.json: x-rule: only a per-element template may name {element}", refuse("""
                {"x-rule": {"title": "for {element}", "text": "t", "clauses": ["iotsf/2.4.3.24"]}}"""));
        assertEquals("t.json: x-rule: clause 'iotsf 2.4.3.24' is not <catalogue>/<notation>, e.g. iotsf/2.4.3.24",
                refuse("""
                        {"x-rule": {"title": "t", "text": "t", "clauses": ["iotsf 2.4.3.24"]}}"""));
        assertEquals("t.json: x-rule: unknown field 'clause'", refuse("""
                {"x-rule": {"title": "t", "text": "t", "clause": []}}"""));
        assertEquals("t.json: x-rule: a template names at least one catalogue clause", refuse("""
                {"x-rule": {"title": "t", "text": "t", "clauses": []}}"""));
    }

    @Test
    void aRuleWithoutATemplateFallsBackToItsMitigation() {
        var rule = Fixtures.rule("iot-debug-port-exposed");
        RequirementTemplate fallback = RequirementTemplates.fallback(rule);
        assertEquals("Counter: " + rule.title(), fallback.title());
        assertEquals(rule.mitigation(), fallback.text());
    }

    private static String refuse(String json) {
        return assertThrows(IllegalArgumentException.class, () -> RequirementTemplates
                .parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json")).getMessage();
    }
}
