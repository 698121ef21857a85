package org.threatwright.kb.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/** A part held in memory as statements; digests computed on first use. */
final class MemoryPart implements PartSource {

    private final List<Statement> statements;
    private final HistoryPart part;
    private Map<Term, Long> digests;

    MemoryPart(List<Statement> statements, HistoryPart part) {
        this.statements = statements;
        this.part = part;
    }

    @Override
    public Map<Term, Long> digests() {
        if (digests == null) {
            Map<Term, Long> computed = SubjectDigests.of(statements, part);
            digests = computed != null ? computed : blankSafeDigests();
        }
        return digests;
    }

    /** With blank-node subjects a digest cannot be kept, but in memory every subject can be compared directly. */
    private Map<Term, Long> blankSafeDigests() {
        Map<Term, Long> out = new HashMap<>();
        describe(null).forEach((subject, properties) -> out.put(subject, (long) properties.hashCode()));
        return out;
    }

    @Override
    public Map<Term, Map<String, List<Term>>> describe(Set<Term> subjects) {
        Set<String> ignored = SubjectDigests.ignored(part);
        Map<Term, Map<String, List<Term>>> out = new HashMap<>();
        for (Statement s : statements) {
            if ((subjects == null || subjects.contains(s.subject())) && !ignored.contains(s.predicate().value())) {
                out.computeIfAbsent(s.subject(), k -> new TreeMap<>()).computeIfAbsent(s.predicate().value(), k -> new ArrayList<>())
                        .add(s.object());
            }
        }
        return out;
    }

    @Override
    public Map<Term, List<Term>> referrers(Set<Term> objects, Set<String> properties) {
        Map<Term, List<Term>> out = new HashMap<>();
        for (Statement s : statements) {
            if (objects.contains(s.object()) && properties.contains(s.predicate().value())) {
                out.computeIfAbsent(s.object(), k -> new ArrayList<>()).add(s.subject());
            }
        }
        return out;
    }

    @Override
    public List<Statement> all() {
        return statements;
    }

    @Override
    public boolean isEmpty() {
        return statements.isEmpty();
    }
}
