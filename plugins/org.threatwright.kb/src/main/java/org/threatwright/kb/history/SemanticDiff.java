package org.threatwright.kb.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.model.TwPackage;

/**
 * The semantic difference of two snapshots of a model, resource by resource: which model elements, flows,
 * boundaries, interfaces, components, update mechanisms, data assets... were added, removed or changed (attribute
 * by attribute, old → new), which findings appeared or disappeared (by stable finding id), how triage, risks,
 * requirements, controls, verification evidence and design decisions changed.
 *
 * <p>It compares RDF, not EMF: every part of a snapshot is a set of statements whose subjects are stable IRIs
 * (element UUIDs, finding ids, requirement ids), so one generic comparison serves the model and every graph
 * written by other parts of the knowledge base, and attribute names are the ontology's property names. Cost:
 * O(s) over the per-subject digests of both sides (s subjects, {@link SubjectDigests}), then reading only the c
 * subjects whose digests differ: O(s + c·k) for k statements per subject, whatever the size of the parts.
 */
public final class SemanticDiff {

    /** Section names, in report order. */
    public static final List<String> SECTIONS = List.of("product", "elements", "interfaces", "components", "update mechanisms",
            "flows", "boundaries", "data assets", "suppliers", "people and roles", "assumptions", "findings", "triage", "risks",
            "risk decisions", "requirements", "controls", "verification evidence", "design decisions");

    /** Containment: a container gaining or losing a part is the part's own addition or removal, reported there. */
    private static final Set<String> CONTAINMENT = Set.of(TW.HAS_ELEMENT, TW.HAS_FLOW, TW.HAS_BOUNDARY, TW.HAS_DATA_ASSET,
            TW.HAS_SUPPLIER, TW.HAS_ASSUMPTION, TW.HAS_PERSON, TW.HAS_ROLE, TW.HAS_INTERFACE, TW.HAS_COMPONENT,
            TW.HAS_SUB_COMPONENT, TW.HAS_UPDATE_MECHANISM, TW.HAS_NESTED_BOUNDARY, TW.HAS_EXTERNAL_ID);

    private final SnapshotView from;
    private final SnapshotView to;

    public SemanticDiff(SnapshotView from, SnapshotView to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        if (!from.modelId().equals(to.modelId())) {
            throw new IllegalArgumentException("cannot compare snapshots of different models: " + from.modelId() + " and " + to.modelId());
        }
    }

    /** Computes the difference. */
    public HistoryDiff diff() {
        Map<HistoryPart, List<Compared>> byPart = new java.util.EnumMap<>(HistoryPart.class);
        Set<Term> referenced = new HashSet<>();
        for (HistoryPart part : HistoryPart.values()) {
            List<Compared> compared = compare(from.source(part), to.source(part));
            byPart.put(part, compared);
            compared.forEach(c -> c.collectReferences(referenced));
        }
        Labels labels = new Labels(from.source(HistoryPart.MODEL).describe(referenced), to.source(HistoryPart.MODEL).describe(referenced));
        Map<String, List<ResourceChange>> bySection = new LinkedHashMap<>();
        for (Map.Entry<HistoryPart, List<Compared>> entry : byPart.entrySet()) {
            HistoryPart part = entry.getKey();
            Set<Term> comeOrGone = new HashSet<>();
            entry.getValue().stream().filter(c -> !c.change.equals(ResourceChange.CHANGED)).forEach(c -> comeOrGone.add(c.subject));
            for (Compared compared : entry.getValue()) {
                String section = sectionOf(part, compared.type);
                if (section == null) {
                    continue;
                }
                List<AttributeChange> attributes = compared.attributes(labels, comeOrGone);
                if (compared.change.equals(ResourceChange.CHANGED) && attributes.isEmpty()) {
                    continue;
                }
                ResourceChange change = new ResourceChange(compared.change, compared.id(), compared.subject.value(),
                        localName(compared.type), compared.name(labels), attributes, List.of());
                change = new ResourceChange(change.change(), change.id(), change.iri(), change.type(), change.name(),
                        change.attributes(), SecurityMeaning.of(section, change, compared.describe(labels)));
                bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(change);
            }
        }
        List<DiffSection> sections = new ArrayList<>();
        for (String section : SECTIONS) {
            List<ResourceChange> changes = bySection.get(section);
            if (changes != null) {
                changes.sort(Comparator.comparing(ResourceChange::change).thenComparing(c -> c.name() == null ? "" : c.name())
                        .thenComparing(ResourceChange::iri));
                sections.add(new DiffSection(section, SecurityMeaning.ofSection(section), changes));
            }
        }
        return new HistoryDiff(from.modelId(), from.label(), to.label(), sections);
    }

    /** The section a resource of {@code type} in {@code part} belongs to, or null when such resources are not compared. */
    static String sectionOf(HistoryPart part, String type) {
        if (TW.PROV_AGENT.equals(type)) {
            return null;
        }
        return switch (part) {
            case MODEL -> modelSection(type);
            case ANALYSIS -> TW.FINDING.equals(type) ? "findings" : null;
            case TRIAGE -> TW.TRIAGE_DECISION.equals(type) ? "triage" : null;
            case RISK -> "risks";
            case RISK_DECISIONS -> "risk decisions";
            case REQUIREMENTS -> TW.CONTROL.equals(type) ? "controls"
                    : TW.VERIFICATION_EVIDENCE.equals(type) ? "verification evidence" : "requirements";
            case DECISIONS -> TW.DESIGN_DECISION.equals(type) ? "design decisions" : null;
        };
    }

    private static String modelSection(String type) {
        if (type == null || !type.startsWith(TW.NS)) {
            return "product";
        }
        EClassifier classifier = TwPackage.eINSTANCE.getEClassifier(type.substring(TW.NS.length()));
        if (!(classifier instanceof EClass eClass)) {
            return "product";
        }
        if (TwPackage.Literals.ELEMENT.isSuperTypeOf(eClass)) {
            return "elements";
        }
        return switch (eClass.getName()) {
            case "DataFlow" -> "flows";
            case "TrustBoundary" -> "boundaries";
            case "Interface" -> "interfaces";
            case "Component" -> "components";
            case "UpdateMechanism" -> "update mechanisms";
            case "DataAsset" -> "data assets";
            case "Supplier" -> "suppliers";
            case "Person", "RoleAssignment" -> "people and roles";
            case "Assumption" -> "assumptions";
            default -> "product";
        };
    }

    /**
     * The resources whose statements differ, each with its description on both sides: the subjects whose digests
     * differ or exist on one side only, then only those are described.
     */
    private static List<Compared> compare(PartSource before, PartSource after) {
        Map<Term, Long> old = before.digests();
        Map<Term, Long> now = after.digests();
        Set<Term> touched = new HashSet<>();
        old.forEach((subject, digest) -> {
            if (!digest.equals(now.get(subject))) {
                touched.add(subject);
            }
        });
        now.keySet().forEach(subject -> {
            if (!old.containsKey(subject)) {
                touched.add(subject);
            }
        });
        if (touched.isEmpty()) {
            return List.of();
        }
        Map<Term, Map<String, List<Term>>> described = before.describe(touched);
        Map<Term, Map<String, List<Term>>> describedNow = after.describe(touched);
        List<Compared> result = new ArrayList<>();
        for (Term subject : touched) {
            Map<String, List<Term>> a = described.get(subject);
            Map<String, List<Term>> b = describedNow.get(subject);
            if (a != null || b != null) {
                result.add(new Compared(subject, a, b));
            }
        }
        return result;
    }

    static String localName(String iri) {
        if (iri == null) {
            return "";
        }
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    /** Readable names of the model's elements on either side (the newer name wins), for values that point at them. */
    static final class Labels {
        private final Map<String, String> titles = new HashMap<>();

        Labels(Map<Term, Map<String, List<Term>>> before, Map<Term, Map<String, List<Term>>> after) {
            for (Map<Term, Map<String, List<Term>>> side : List.of(before, after)) {
                side.forEach((subject, properties) -> {
                    List<Term> title = properties.getOrDefault(TW.DCTERMS_TITLE, List.of());
                    if (!title.isEmpty()) {
                        titles.put(subject.value(), title.get(0).value());
                    }
                });
            }
        }

        String render(Term term) {
            if (!term.isIri()) {
                return term.value();
            }
            String iri = term.value();
            String title = titles.get(iri);
            if (title != null) {
                return title;
            }
            if (iri.startsWith(TW.NS + "Severity")) {
                return iri.substring((TW.NS + "Severity").length()).toLowerCase(java.util.Locale.ROOT);
            }
            if (iri.startsWith(TW.NS)) {
                return iri.substring(TW.NS.length());
            }
            for (String base : List.of(Iris.ELEMENT, Iris.FINDING, Iris.RISK, Iris.REQUIREMENT, Iris.CONTROL, Iris.EVIDENCE,
                    Iris.DECISION)) {
                if (iri.startsWith(base) && iri.indexOf('/', base.length()) < 0) {
                    return Iris.decodeSegment(iri.substring(base.length()));
                }
            }
            return iri;
        }
    }

    /** One subject that differs: its description before (null if absent) and after (null if absent). */
    private static final class Compared {
        final Term subject;
        final Map<String, List<Term>> before;
        final Map<String, List<Term>> after;
        final String change;
        final String type;

        Compared(Term subject, Map<String, List<Term>> before, Map<String, List<Term>> after) {
            this.subject = subject;
            this.before = before == null ? Map.of() : before;
            this.after = after == null ? Map.of() : after;
            this.change = before == null ? ResourceChange.ADDED : after == null ? ResourceChange.REMOVED : ResourceChange.CHANGED;
            String t = typeOf(this.after);
            this.type = t != null ? t : typeOf(this.before);
        }

        private static String typeOf(Map<String, List<Term>> description) {
            List<Term> types = description.getOrDefault(TW.RDF_TYPE, List.of());
            return types.isEmpty() ? null : types.stream().map(Term::value).sorted().findFirst().get();
        }

        private Map<String, List<Term>> current() {
            return after.isEmpty() ? before : after;
        }

        String id() {
            List<Term> ids = current().getOrDefault(TW.DCTERMS_IDENTIFIER, List.of());
            return ids.isEmpty() ? subject.value() : ids.get(0).value();
        }

        String name(Labels labels) {
            for (String property : List.of(TW.DCTERMS_TITLE, TW.NS + "findingId", TW.DCTERMS_IDENTIFIER)) {
                List<Term> values = current().getOrDefault(property, List.of());
                if (!values.isEmpty()) {
                    return values.get(0).value();
                }
            }
            List<Term> source = current().getOrDefault(TW.NS + "flowSource", List.of());
            List<Term> target = current().getOrDefault(TW.NS + "flowTarget", List.of());
            if (!source.isEmpty() && !target.isEmpty()) {
                return labels.render(source.get(0)) + " → " + labels.render(target.get(0));
            }
            return labels.render(subject);
        }

        /**
         * The element IRIs among the values that changed (and a flow's ends, which name it), whose names the report
         * shows; not every value of the resource: the product's description alone lists every element and flow.
         */
        void collectReferences(Set<Term> out) {
            Set<String> properties = new HashSet<>(before.keySet());
            properties.addAll(after.keySet());
            for (String property : properties) {
                Set<Term> old = new HashSet<>(before.getOrDefault(property, List.of()));
                Set<Term> now = new HashSet<>(after.getOrDefault(property, List.of()));
                boolean names = property.equals(TW.NS + "flowSource") || property.equals(TW.NS + "flowTarget");
                for (Term value : old) {
                    if ((names || !now.contains(value)) && value.isIri() && value.value().startsWith(Iris.ELEMENT)) {
                        out.add(value);
                    }
                }
                for (Term value : now) {
                    if ((names || !old.contains(value)) && value.isIri() && value.value().startsWith(Iris.ELEMENT)) {
                        out.add(value);
                    }
                }
            }
        }

        List<AttributeChange> attributes(Labels labels, Set<Term> comeOrGone) {
            Set<String> properties = new java.util.TreeSet<>(before.keySet());
            properties.addAll(after.keySet());
            properties.remove(TW.RDF_TYPE);
            List<AttributeChange> out = new ArrayList<>();
            for (String property : properties) {
                Set<Term> old = new HashSet<>(before.getOrDefault(property, List.of()));
                Set<Term> now = new HashSet<>(after.getOrDefault(property, List.of()));
                if (CONTAINMENT.contains(property) && change.equals(ResourceChange.CHANGED)) {
                    old.removeAll(comeOrGone);
                    now.removeAll(comeOrGone);
                }
                List<String> gone = old.stream().filter(t -> !now.contains(t)).map(labels::render).sorted().toList();
                List<String> came = now.stream().filter(t -> !old.contains(t)).map(labels::render).sorted().toList();
                if (!gone.isEmpty() || !came.isEmpty()) {
                    out.add(new AttributeChange(localName(property), gone, came));
                }
            }
            return out;
        }

        /** The first current value of each attribute, rendered: context for the security meaning. */
        Map<String, List<String>> describe(Labels labels) {
            Map<String, List<String>> out = new HashMap<>();
            current().forEach((property, values) -> out.put(localName(property),
                    values.isEmpty() ? List.of() : List.of(labels.render(values.get(0)))));
            return out;
        }
    }
}
