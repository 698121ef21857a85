package org.threatwright.kb.history;

import java.util.List;

/**
 * One attribute (ontology property, by local name: {@code version}, {@code encryption}, {@code hasMember}) of a
 * changed resource: the values it lost ({@code before}) and gained ({@code after}). For a single-valued attribute
 * that is old → new; for a many-valued one (members, subjects) only the values that went and came.
 */
public record AttributeChange(String attribute, List<String> before, List<String> after) {

    public AttributeChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
