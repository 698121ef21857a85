package org.threatwright.risk.requirements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.threatwright.analysis.api.RuleDescriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The requirement templates, one per rule, as data: the resource {@value #RESOURCE} maps each built-in rule id to
 * {@code {"title", "text", "scope": "rule"|"element", "clauses": ["iotsf/2.4.3.24", ...]}}. A rule without a template
 * (a custom rule) gets {@link #fallback}: its title and mitigation.
 */
public final class RequirementTemplates {

    /** The built-in templates, next to this class. */
    public static final String RESOURCE = "requirement-templates.json";

    /** The clauses every fallback requirement serves: ZVEI 1.2 (requirements from the risk analysis). */
    static final List<String> FALLBACK_CLAUSES = List.of("zvei-hpr/1.2");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, RequirementTemplate> byRule;

    private RequirementTemplates(Map<String, RequirementTemplate> byRule) {
        this.byRule = Collections.unmodifiableMap(new TreeMap<>(byRule));
    }

    /** The built-in templates. */
    public static RequirementTemplates builtIn() {
        try (InputStream in = RequirementTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the risk bundle");
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot be read", e);
        }
    }

    /**
     * Templates from JSON in the form of the built-in resource.
     *
     * @throws IllegalArgumentException naming {@code sourceName} and the rule when a template is malformed
     */
    public static RequirementTemplates parse(InputStream in, String sourceName) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(sourceName + ": expected an object keyed by rule id");
        }
        Map<String, RequirementTemplate> templates = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            try {
                templates.put(entry.getKey(), template(entry.getKey(), entry.getValue()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(sourceName + ": " + e.getMessage(), e);
            }
        }
        return new RequirementTemplates(templates);
    }

    private static RequirementTemplate template(String ruleId, JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(ruleId + ": expected an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!List.of("title", "text", "scope", "clauses").contains(name)) {
                throw new IllegalArgumentException(ruleId + ": unknown field '" + name + "'");
            }
        }
        JsonNode clauses = node.path("clauses");
        if (!clauses.isArray()) {
            throw new IllegalArgumentException(ruleId + ": clauses must be an array");
        }
        List<String> clauseList = new java.util.ArrayList<>();
        clauses.forEach(clause -> clauseList.add(clause.asText()));
        return new RequirementTemplate(ruleId, node.path("title").asText(null), node.path("text").asText(null),
                RequirementTemplate.Scope.ofLabel(node.path("scope").asText("rule")), clauseList);
    }

    /** The template of a rule, if there is one. */
    public Optional<RequirementTemplate> of(String ruleId) {
        return Optional.ofNullable(byRule.get(ruleId));
    }

    /** The template of the rule {@code rule}, or {@link #fallback} when it has none. */
    public RequirementTemplate forRule(RuleDescriptor rule) {
        return of(rule.id()).orElseGet(() -> fallback(rule));
    }

    /** A per-rule template from the rule's own descriptor: its title and mitigation, serving ZVEI 1.2. */
    public static RequirementTemplate fallback(RuleDescriptor rule) {
        return new RequirementTemplate(rule.id(), "Counter: " + rule.title(), rule.mitigation(),
                RequirementTemplate.Scope.RULE, FALLBACK_CLAUSES);
    }

    /** Every template, by rule id. */
    public Collection<RequirementTemplate> all() {
        return byRule.values();
    }

    /** The rule ids that have a template, sorted. */
    public java.util.Set<String> ruleIds() {
        return byRule.keySet();
    }
}
