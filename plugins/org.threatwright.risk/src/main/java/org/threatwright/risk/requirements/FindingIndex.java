package org.threatwright.risk.requirements;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;

/**
 * The findings of the current analysis by id: what links to findings are checked against, and where the elements a
 * requirement is about come from.
 */
public final class FindingIndex {

    private final Map<String, Finding> byId;

    private FindingIndex(Map<String, Finding> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The index of {@code findings} (the current analysis, e.g. a register's findings). */
    public static FindingIndex of(Collection<Finding> findings) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        findings.forEach(finding -> byId.put(finding.id(), finding));
        return new FindingIndex(byId);
    }

    public Optional<Finding> find(String findingId) {
        return Optional.ofNullable(byId.get(findingId));
    }

    /** Every finding, in the analysis's order. */
    public Collection<Finding> all() {
        return byId.values();
    }

    /**
     * Checks that every id names a finding of the current analysis.
     *
     * @throws IllegalArgumentException naming every id that does not
     */
    public void requireAll(Collection<String> findingIds) {
        SortedSet<String> missing = new TreeSet<>();
        for (String id : findingIds) {
            if (!byId.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException((missing.size() == 1 ? "no finding '" + missing.first() + "'"
                    : "no findings " + String.join(", ", missing)) + " in the current analysis");
        }
    }

    /** The ids of the elements the findings of the current analysis among {@code findingIds} are about. */
    public SortedSet<String> elementsOf(Collection<String> findingIds) {
        SortedSet<String> elements = new TreeSet<>();
        for (String id : findingIds) {
            Finding finding = byId.get(id);
            if (finding != null) {
                finding.subjects().stream().map(ElementRef::id).forEach(elements::add);
            }
        }
        return elements;
    }
}
