package org.threatwright.risk.requirements;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;

/**
 * A control: a security measure that implements requirements and mitigates findings (and so their risks).
 *
 * @param id           stable id ({@code CTL-n} unless given)
 * @param title        one line
 * @param description  what it is and where; may be null
 * @param status       planned or implemented
 * @param requirements ids of the requirements it implements
 * @param mitigates    ids of the findings it mitigates
 * @param clauses      IRIs of catalogue clauses it serves
 * @param attribution  who created and last changed it, and when
 */
public record Control(String id, String title, String description, ControlStatus status,
        Set<String> requirements, Set<String> mitigates, Set<String> clauses,
        Attribution attribution) {

    public Control {
        Ids.requirePresent(id, "a control");
        title = Texts.require(title, id + ": the title");
        description = Texts.optional(description);
        Objects.requireNonNull(status, "status");
        requirements = Requirement.sorted(requirements);
        mitigates = Requirement.sorted(mitigates);
        clauses = Requirement.sorted(clauses);
        Objects.requireNonNull(attribution, "attribution");
    }

    Control with(ControlStatus newStatus, Collection<String> newRequirements, Collection<String> newMitigates,
            Collection<String> newClauses, Change change) {
        return new Control(id, title, description, newStatus, Requirement.sorted(newRequirements),
                Requirement.sorted(newMitigates), Requirement.sorted(newClauses), attribution.changedBy(change));
    }
}
