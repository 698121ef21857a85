package org.threatwright.risk.requirements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.threatwright.analysis.api.Finding;

/**
 * Derives security requirements from the findings whose risk exceeds the acceptance threshold, through the rules'
 * requirement templates (ZVEI 1.2), and merges them into the requirements people already have.
 *
 * <p>A per-rule template gives one requirement per rule ({@code REQ-<rule id>}) linked to every such finding of the
 * rule; a per-element template one per primary subject ({@code REQ-<rule id>@<element id>}). Derivation only adds:
 * a requirement that exists keeps its title, text, status, clauses and links; it gains links to new findings that
 * need it, except findings a person unlinked from it. Nothing is ever duplicated, and deriving twice from the same
 * input changes nothing the second time.
 *
 * <p>Complexity: O(f log f + r) for f findings and r existing requirements.
 */
public final class RequirementDerivation {

    private final FindingIndex findings;
    private final Set<String> exceeding;
    private final RequirementTemplates templates;
    private final Collection<Requirement> existing;
    private final Change change;

    /**
     * @param findings  the current analysis
     * @param exceeding ids of the findings whose risk exceeds the acceptance threshold
     * @param templates the requirement templates
     * @param existing  the requirements already recorded
     * @param change    who derives, and when (attributed to created and changed requirements)
     */
    public RequirementDerivation(FindingIndex findings, Set<String> exceeding, RequirementTemplates templates,
            Collection<Requirement> existing, Change change) {
        this.findings = Objects.requireNonNull(findings, "findings");
        this.exceeding = Set.copyOf(exceeding);
        this.templates = Objects.requireNonNull(templates, "templates");
        this.existing = List.copyOf(existing);
        this.change = Objects.requireNonNull(change, "change");
    }

    /** What a derivation did. */
    public record Result(List<Requirement> requirements, List<String> created, Map<String, List<String>> linked) {

        /** Whether anything changed. */
        public boolean changed() {
            return !created.isEmpty() || !linked.isEmpty();
        }
    }

    /** Derives and merges; returns every requirement (existing and new) by id, and what was created or linked. */
    public Result derive() {
        Map<String, Requirement> byId = new TreeMap<>();
        existing.forEach(requirement -> byId.put(requirement.id(), requirement));
        List<String> created = new ArrayList<>();
        Map<String, List<String>> linked = new TreeMap<>();
        for (Map.Entry<String, Group> entry : groups().entrySet()) {
            String id = entry.getKey();
            Group group = entry.getValue();
            Requirement known = byId.get(id);
            if (known == null) {
                byId.put(id, create(id, group));
                created.add(id);
                continue;
            }
            SortedSet<String> added = new TreeSet<>(group.findingIds);
            added.removeAll(known.findings());
            added.removeAll(known.excludedFindings());
            if (!added.isEmpty()) {
                SortedSet<String> all = new TreeSet<>(known.findings());
                all.addAll(added);
                byId.put(id, known.with(known.title(), known.text(), known.status(), all, known.excludedFindings(),
                        known.clauses(), findings.elementsOf(all), change));
                linked.put(id, List.copyOf(added));
            }
        }
        return new Result(List.copyOf(byId.values()), List.copyOf(created), linked);
    }

    private Requirement create(String id, Group group) {
        RequirementTemplate template = group.template;
        return new Requirement(id, template.titleFor(group.elementName), template.textFor(group.elementName),
                template.ruleId(), RequirementStatus.PROPOSED, group.findingIds, Set.of(), Requirement.sorted(template.clauseIris()),
                findings.elementsOf(group.findingIds), Attribution.of(change));
    }

    /** The findings that need a requirement, grouped by the id of the requirement their template derives. */
    private Map<String, Group> groups() {
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Finding> needing = findings.all().stream().filter(finding -> exceeding.contains(finding.id()))
                .sorted(Comparator.comparing(Finding::id)).toList();
        for (Finding finding : needing) {
            RequirementTemplate template = templates.forRule(finding.rule());
            boolean perElement = template.scope() == RequirementTemplate.Scope.ELEMENT;
            var primary = finding.subjects().get(0);
            String id = perElement ? Ids.elementRequirement(finding.ruleId(), primary.id())
                    : Ids.ruleRequirement(finding.ruleId());
            groups.computeIfAbsent(id, key -> new Group(template, perElement ? primary.name() : null))
                    .findingIds.add(finding.id());
        }
        return groups;
    }

    private static final class Group {
        final RequirementTemplate template;
        final String elementName;
        final SortedSet<String> findingIds = new TreeSet<>();

        Group(RequirementTemplate template, String elementName) {
            this.template = template;
            this.elementName = elementName;
        }
    }
}
