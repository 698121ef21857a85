package org.threatwright.kb.history;

import java.util.List;

/**
 * The changes of one kind of resource ({@code elements}, {@code flows}, {@code findings}, {@code risks}...), with a
 * one-line summary of what such changes mean for security.
 */
public record DiffSection(String name, String meaning, List<ResourceChange> changes) {

    public DiffSection {
        changes = List.copyOf(changes);
    }
}
