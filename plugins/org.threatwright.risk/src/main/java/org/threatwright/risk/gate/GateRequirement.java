package org.threatwright.risk.gate;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.threatwright.risk.requirements.Requirement;
import org.threatwright.risk.requirements.RequirementVerification;

/**
 * A security requirement as the gate sees it.
 *
 * @param id       the requirement id
 * @param title    its title, for the reason text
 * @param findings the findings (and so risks) it answers
 * @param active   false when it is withdrawn: it then counts neither for nor against the release
 * @param state    its verification state
 */
public record GateRequirement(String id, String title, Set<String> findings, boolean active,
        RequirementVerification.State state) {

    public GateRequirement {
        Objects.requireNonNull(id, "id");
        findings = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(findings));
        Objects.requireNonNull(state, id + ": state");
    }

    /** A recorded requirement with its verification state. */
    public static GateRequirement of(Requirement requirement, RequirementVerification verification) {
        return new GateRequirement(requirement.id(), requirement.title(), requirement.findings(), requirement.active(),
                verification.of(requirement.id()).state());
    }
}
