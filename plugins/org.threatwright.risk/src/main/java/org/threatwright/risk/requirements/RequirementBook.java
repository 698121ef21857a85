package org.threatwright.risk.requirements;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The requirements, controls and evidence of one product, and the changes people make to them. Every change checks
 * all of its input before it changes anything, so a refused change (an {@link IllegalArgumentException} naming the
 * id and the problem) leaves the book as it was; the knowledge base writes the book in one transaction.
 *
 * <p>Links to findings are checked against the current analysis ({@link FindingIndex}); links to requirements and
 * controls against the book. Clause IRIs are not checked here: the caller resolves them in the catalogues.
 */
public final class RequirementBook {

    private final Map<String, Requirement> requirements = new TreeMap<>();
    private final Map<String, Control> controls = new TreeMap<>();
    private final Map<String, Evidence> evidence = new TreeMap<>();

    /** A book holding these records; ids must be unique per kind. */
    public RequirementBook(Collection<Requirement> requirements, Collection<Control> controls,
            Collection<Evidence> evidence) {
        requirements.forEach(r -> put(this.requirements, r.id(), r, "requirement"));
        controls.forEach(c -> put(this.controls, c.id(), c, "control"));
        evidence.forEach(e -> put(this.evidence, e.id(), e, "evidence"));
    }

    /** An empty book. */
    public static RequirementBook empty() {
        return new RequirementBook(List.of(), List.of(), List.of());
    }

    private static <T> void put(Map<String, T> map, String id, T value, String what) {
        if (map.putIfAbsent(id, value) != null) {
            throw new IllegalArgumentException("two " + what + " records with the id " + id);
        }
    }

    public List<Requirement> requirements() {
        return List.copyOf(requirements.values());
    }

    public List<Control> controls() {
        return List.copyOf(controls.values());
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence.values());
    }

    /** @throws IllegalArgumentException naming the id when there is no such requirement */
    public Requirement requirement(String id) {
        Requirement requirement = requirements.get(id);
        if (requirement == null) {
            throw new IllegalArgumentException("no requirement '" + id + "' (see: threatwright requirement FILE list)");
        }
        return requirement;
    }

    /** @throws IllegalArgumentException naming the id when there is no such control */
    public Control control(String id) {
        Control control = controls.get(id);
        if (control == null) {
            throw new IllegalArgumentException("no control '" + id + "' (see: threatwright control FILE list)");
        }
        return control;
    }

    /** Merges a derivation: requirements it created or linked replace those of the same id. */
    public RequirementDerivation.Result derive(FindingIndex findings, java.util.Set<String> exceeding,
            RequirementTemplates templates, Change change) {
        RequirementDerivation.Result result = new RequirementDerivation(findings, exceeding, templates,
                requirements.values(), change).derive();
        result.requirements().forEach(r -> requirements.put(r.id(), r));
        return result;
    }

    /**
     * Adds a requirement a person wrote.
     *
     * @param id null for the next {@code REQ-n}
     */
    public Requirement addRequirement(String id, String title, String text, Collection<String> findingIds,
            Collection<String> clauses, FindingIndex findings, Change change) {
        String newId = id == null ? Ids.next(Ids.REQUIREMENT_PREFIX, requirements.keySet()) : Ids.requireValid(id, "a requirement");
        if (requirements.containsKey(newId)) {
            throw new IllegalArgumentException("a requirement '" + newId + "' exists already");
        }
        findings.requireAll(findingIds);
        Requirement requirement = new Requirement(newId, title, text, null, RequirementStatus.PROPOSED, new TreeSet<>(findingIds),
                Set.of(), Requirement.sorted(clauses), findings.elementsOf(findingIds), Attribution.of(change));
        requirements.put(newId, requirement);
        return requirement;
    }

    /** Changes a requirement's title, text or status; a null argument keeps what there is. */
    public Requirement editRequirement(String id, String title, String text, RequirementStatus status, Change change) {
        Requirement known = requirement(id);
        Requirement edited = known.with(title == null ? known.title() : title, text == null ? known.text() : text,
                status == null ? known.status() : status, known.findings(), known.excludedFindings(), known.clauses(),
                known.elements(), change);
        requirements.put(id, edited);
        return edited;
    }

    /** Links a requirement to more findings (of the current analysis) and clauses. */
    public Requirement link(String id, Collection<String> findingIds, Collection<String> clauses, FindingIndex findings,
            Change change) {
        Requirement known = requirement(id);
        findings.requireAll(findingIds);
        SortedSet<String> linked = union(known.findings(), findingIds);
        SortedSet<String> excluded = new TreeSet<>(known.excludedFindings());
        excluded.removeAll(findingIds);
        Requirement changed = known.with(known.title(), known.text(), known.status(), linked, excluded,
                union(known.clauses(), clauses), findings.elementsOf(linked), change);
        requirements.put(id, changed);
        return changed;
    }

    /**
     * Unlinks findings and clauses from a requirement. An unlinked finding is remembered, so that re-derivation does
     * not link it again.
     */
    public Requirement unlink(String id, Collection<String> findingIds, Collection<String> clauses, FindingIndex findings,
            Change change) {
        Requirement known = requirement(id);
        requireLinked(id, known.findings(), findingIds, "finding");
        requireLinked(id, known.clauses(), clauses, "clause");
        SortedSet<String> linked = new TreeSet<>(known.findings());
        linked.removeAll(findingIds);
        SortedSet<String> remainingClauses = new TreeSet<>(known.clauses());
        remainingClauses.removeAll(clauses);
        Requirement changed = known.with(known.title(), known.text(), known.status(), linked,
                union(known.excludedFindings(), findingIds), remainingClauses, findings.elementsOf(linked), change);
        requirements.put(id, changed);
        return changed;
    }

    /**
     * Adds a control.
     *
     * @param id null for the next {@code CTL-n}
     */
    public Control addControl(String id, String title, String description, ControlStatus status,
            Collection<String> requirementIds, Collection<String> mitigates, Collection<String> clauses,
            FindingIndex findings, Change change) {
        String newId = id == null ? Ids.next(Ids.CONTROL_PREFIX, controls.keySet()) : Ids.requireValid(id, "a control");
        if (controls.containsKey(newId)) {
            throw new IllegalArgumentException("a control '" + newId + "' exists already");
        }
        requirementIds.forEach(this::requirement);
        findings.requireAll(mitigates);
        Control control = new Control(newId, title, description, status, Requirement.sorted(requirementIds),
                Requirement.sorted(mitigates), Requirement.sorted(clauses),
                Attribution.of(change));
        controls.put(newId, control);
        return control;
    }

    /** Links a control to more requirements it implements, findings it mitigates and clauses it serves. */
    public Control linkControl(String id, Collection<String> requirementIds, Collection<String> mitigates,
            Collection<String> clauses, FindingIndex findings, Change change) {
        Control known = control(id);
        requirementIds.forEach(this::requirement);
        findings.requireAll(mitigates);
        Control changed = known.with(known.status(), union(known.requirements(), requirementIds),
                union(known.mitigates(), mitigates), union(known.clauses(), clauses), change);
        controls.put(id, changed);
        return changed;
    }

    /** Sets whether a control is planned or implemented. */
    public Control setControlStatus(String id, ControlStatus status, Change change) {
        Control known = control(id);
        Control changed = known.with(Objects.requireNonNull(status, "status"), known.requirements(), known.mitigates(),
                known.clauses(), change);
        controls.put(id, changed);
        return changed;
    }

    /**
     * Records verification evidence about requirements, controls or clauses.
     *
     * @param id null for the next {@code EV-n}
     */
    public Evidence addEvidence(String id, EvidenceKind kind, VerificationResult result, LocalDate date, String location,
            String summary, Collection<String> requirementIds, Collection<String> controlIds, Collection<String> clauses,
            Change change) {
        String newId = id == null ? Ids.next(Ids.EVIDENCE_PREFIX, evidence.keySet()) : Ids.requireValid(id, "an evidence");
        if (evidence.containsKey(newId)) {
            throw new IllegalArgumentException("evidence '" + newId + "' exists already");
        }
        requirementIds.forEach(this::requirement);
        controlIds.forEach(this::control);
        Evidence added = new Evidence(newId, kind, result, date, change.by(), location, summary,
                Requirement.sorted(requirementIds), Requirement.sorted(controlIds), Requirement.sorted(clauses), change.at());
        evidence.put(newId, added);
        return added;
    }

    private static void requireLinked(String id, Collection<String> linked, Collection<String> wanted, String what) {
        SortedSet<String> missing = new TreeSet<>(wanted);
        missing.removeAll(linked);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(id + " is not linked to the " + what + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing));
        }
    }

    private static SortedSet<String> union(Collection<String> a, Collection<String> b) {
        SortedSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
