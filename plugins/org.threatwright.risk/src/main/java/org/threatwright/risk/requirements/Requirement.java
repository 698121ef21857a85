package org.threatwright.risk.requirements;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A security requirement (ZVEI 1.2): what the product must do, linked to the findings (and so the risks) it answers,
 * the catalogue clauses it serves and the model elements those findings are about.
 *
 * @param id               stable id ({@link Ids})
 * @param title            one line
 * @param text             the requirement in plain words
 * @param ruleId           the rule whose template it was derived from; null when a person wrote it
 * @param status           where it stands
 * @param findings         ids of the findings it answers (its risks are the risks of these findings)
 * @param excludedFindings findings a person unlinked: re-derivation does not link them again
 * @param clauses          IRIs of the catalogue clauses it serves
 * @param elements         ids of the model elements its findings are about (kept for traceability)
 * @param attribution      who created and last changed it, and when
 */
public record Requirement(String id, String title, String text, String ruleId, RequirementStatus status,
        Set<String> findings, Set<String> excludedFindings, Set<String> clauses,
        Set<String> elements, Attribution attribution) {

    public Requirement {
        Ids.requirePresent(id, "a requirement");
        title = Texts.require(title, id + ": the title");
        text = Texts.require(text, id + ": the text");
        Objects.requireNonNull(status, "status");
        findings = sorted(findings);
        excludedFindings = sorted(excludedFindings);
        clauses = sorted(clauses);
        elements = sorted(elements);
        Objects.requireNonNull(attribution, "attribution");
        for (String excluded : excludedFindings) {
            if (findings.contains(excluded)) {
                throw new IllegalArgumentException(id + ": finding " + excluded + " is both linked and unlinked");
            }
        }
    }

    static SortedSet<String> sorted(Collection<String> values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(values == null ? java.util.List.of() : values));
    }

    /** Whether the requirement counts: it is not withdrawn. */
    public boolean active() {
        return status != RequirementStatus.WITHDRAWN;
    }

    Requirement with(String newTitle, String newText, RequirementStatus newStatus, Collection<String> newFindings,
            Collection<String> newExcluded, Collection<String> newClauses, Collection<String> newElements,
            Change change) {
        return new Requirement(id, newTitle, newText, ruleId, newStatus, sorted(newFindings), sorted(newExcluded),
                sorted(newClauses), sorted(newElements), attribution.changedBy(change));
    }
}
