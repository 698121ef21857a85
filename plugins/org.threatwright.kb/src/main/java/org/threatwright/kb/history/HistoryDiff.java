package org.threatwright.kb.history;

import java.util.List;
import java.util.Optional;

/**
 * What changed between two snapshots of a model ({@code from} and {@code to}: baseline names or
 * {@value Baselines#WORKING}), by section in a fixed order; sections without changes are left out.
 */
public record HistoryDiff(String modelId, String from, String to, List<DiffSection> sections) {

    public HistoryDiff {
        sections = List.copyOf(sections);
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return sections.isEmpty();
    }

    /** The section of this name, if it has changes. */
    public Optional<DiffSection> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Number of changed resources over all sections. */
    public int changeCount() {
        return sections.stream().mapToInt(s -> s.changes().size()).sum();
    }
}
