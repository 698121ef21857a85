package org.threatwright.kb.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;

/**
 * The security impact of the change from a baseline to the working model, from their {@link SemanticDiff}:
 * <ul>
 * <li>findings that appeared, at or above a severity;</li>
 * <li>risks that are new, or whose value or residual value rose ({@code tw:riskValue}, {@code tw:residualRiskValue});</li>
 * <li>verification evidence ({@code tw:verifies}) whose requirement or control covers ({@code tw:affects}) a changed
 * element: an element counts as changed when it or anything it contains (interfaces, components, update mechanism)
 * changed or was removed, or a flow to or from it was added, removed or changed;</li>
 * <li>design decisions (not superseded or rejected) that concern ({@code tw:concerns}) a changed element, a finding
 * that appeared, disappeared or changed, or a risk that moved;</li>
 * <li>components and update mechanisms whose supplier or support period changed, and the product's support period.</li>
 * </ul>
 */
public final class ChangeImpact {

    private static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");
    private static final Set<String> CONTAINMENT = Set.of(TW.HAS_INTERFACE, TW.HAS_COMPONENT, TW.HAS_SUB_COMPONENT,
            TW.HAS_UPDATE_MECHANISM);
    private static final Set<String> SUPPLY_ATTRIBUTES = Set.of("suppliedBy", "endOfSupport", "securityUpdatesUntil",
            "supportedUntil", "deliveredBy");

    private final SnapshotView from;
    private final SnapshotView to;
    private final HistoryDiff diff;
    private final String severityThreshold;

    /**
     * @param severityThreshold the least severe finding to report: critical, high, medium, low or info
     */
    public ChangeImpact(SnapshotView from, SnapshotView to, HistoryDiff diff, String severityThreshold) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.diff = Objects.requireNonNull(diff, "diff");
        if (!SEVERITIES.contains(severityThreshold)) {
            throw new IllegalArgumentException("unknown severity '" + severityThreshold + "' (" + String.join(", ", SEVERITIES) + ")");
        }
        this.severityThreshold = severityThreshold;
    }

    /** Computes the report. */
    public ImpactReport report() {
        List<ResourceChange> newFindings = new ArrayList<>();
        Set<String> changedSubjects = new HashSet<>();
        for (ResourceChange finding : changes("findings")) {
            changedSubjects.add(finding.iri());
            if (finding.change().equals(ResourceChange.ADDED) && atOrAbove(finding)) {
                newFindings.add(finding);
            }
        }
        List<ImpactReport.RiskMove> newRisks = new ArrayList<>();
        List<ImpactReport.RiskMove> worsened = new ArrayList<>();
        for (ResourceChange risk : changes("risks")) {
            if (!TW.RISK.equals(TW.NS + risk.type())) {
                continue;
            }
            changedSubjects.add(risk.iri());
            ImpactReport.RiskMove move = riskMove(risk);
            if (risk.change().equals(ResourceChange.ADDED)) {
                newRisks.add(move);
            } else if (risk.change().equals(ResourceChange.CHANGED) && (rose(move.valueBefore(), move.valueAfter())
                    || rose(move.residualBefore(), move.residualAfter()))) {
                worsened.add(move);
            }
        }
        Set<String> changedElements = changedElements();
        changedSubjects.addAll(changedElements);
        boolean risksRecorded = !from.source(HistoryPart.RISK).isEmpty() || !to.source(HistoryPart.RISK).isEmpty();
        return new ImpactReport(diff.modelId(), diff.from(), severityThreshold, newFindings, risksRecorded, newRisks, worsened,
                invalidated(changedElements), decisions(changedSubjects), supplyChain());
    }

    private List<ResourceChange> changes(String section) {
        return diff.section(section).map(DiffSection::changes).orElse(List.of());
    }

    private boolean atOrAbove(ResourceChange finding) {
        String severity = finding.attribute("severity").filter(a -> !a.after().isEmpty()).map(a -> a.after().get(0))
                .orElse("info").toLowerCase(Locale.ROOT);
        int rank = SEVERITIES.indexOf(severity);
        return rank >= 0 && rank <= SEVERITIES.indexOf(severityThreshold);
    }

    private static ImpactReport.RiskMove riskMove(ResourceChange risk) {
        return new ImpactReport.RiskMove(risk.id(), risk.name(), number(risk, "riskValue", true), number(risk, "riskValue", false),
                number(risk, "residualRiskValue", true), number(risk, "residualRiskValue", false));
    }

    private static Long number(ResourceChange risk, String attribute, boolean before) {
        return risk.attribute(attribute).map(a -> before ? a.before() : a.after()).filter(v -> !v.isEmpty()).map(v -> {
            try {
                return Long.valueOf(v.get(0));
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    private static boolean rose(Long before, Long after) {
        return before != null && after != null && after > before;
    }

    /** IRIs of the model elements that changed, with their containers, and the endpoints of changed flows. */
    private Set<String> changedElements() {
        Set<Term> changed = new HashSet<>();
        Set<Term> flows = new HashSet<>();
        Set<Term> parts = new HashSet<>();
        for (DiffSection section : diff.sections()) {
            if (!isModelSection(section.name())) {
                continue;
            }
            for (ResourceChange change : section.changes()) {
                Term iri = Term.iri(change.iri());
                parts.add(iri);
                if (!change.change().equals(ResourceChange.ADDED)) {
                    changed.add(iri);
                }
                if (section.name().equals("flows")) {
                    flows.add(iri);
                }
            }
        }
        for (SnapshotView side : List.of(from, to)) {
            PartSource model = side.source(HistoryPart.MODEL);
            model.describe(flows).values().forEach(flow -> {
                changed.addAll(flow.getOrDefault(TW.NS + "flowSource", List.of()));
                changed.addAll(flow.getOrDefault(TW.NS + "flowTarget", List.of()));
            });
            // a part added to, removed from or changed in an element changes the element, and its container
            Set<Term> level = parts;
            while (!level.isEmpty()) {
                Set<Term> containers = new HashSet<>();
                model.referrers(level, CONTAINMENT).values().forEach(containers::addAll);
                containers.removeAll(changed);
                changed.addAll(containers);
                level = containers;
            }
        }
        Set<String> out = new HashSet<>();
        changed.forEach(t -> out.add(t.value()));
        return out;
    }

    private static boolean isModelSection(String name) {
        return SemanticDiff.SECTIONS.indexOf(name) < SemanticDiff.SECTIONS.indexOf("findings");
    }

    private List<ImpactReport.InvalidatedVerification> invalidated(Set<String> changedElements) {
        Map<String, Map<String, List<Term>>> requirements = bySubject(to.source(HistoryPart.REQUIREMENTS).all());
        Map<String, String> names = names(changedElements);
        List<ImpactReport.InvalidatedVerification> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Term>>> e : requirements.entrySet()) {
            if (!e.getValue().getOrDefault(TW.RDF_TYPE, List.of()).contains(Term.iri(TW.VERIFICATION_EVIDENCE))) {
                continue;
            }
            for (Term verified : e.getValue().getOrDefault(TW.VERIFIES, List.of())) {
                Set<String> hit = new TreeSet<>();
                for (Term covered : requirements.getOrDefault(verified.value(), Map.of()).getOrDefault(TW.AFFECTS, List.of())) {
                    if (changedElements.contains(covered.value())) {
                        hit.add(names.getOrDefault(covered.value(), covered.value()));
                    }
                }
                if (!hit.isEmpty()) {
                    out.add(new ImpactReport.InvalidatedVerification(idOf(e.getKey(), e.getValue()), titleOf(e.getValue()),
                            idOf(verified.value(), requirements.getOrDefault(verified.value(), Map.of())), List.copyOf(hit)));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(ImpactReport.InvalidatedVerification::evidence));
        return out;
    }

    private List<ImpactReport.DecisionToReview> decisions(Set<String> changedSubjects) {
        Map<String, Map<String, List<Term>>> decisions = bySubject(to.source(HistoryPart.DECISIONS).all());
        Map<String, String> names = names(changedSubjects);
        List<ImpactReport.DecisionToReview> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Term>>> e : decisions.entrySet()) {
            Map<String, List<Term>> d = e.getValue();
            if (!d.getOrDefault(TW.RDF_TYPE, List.of()).contains(Term.iri(TW.DESIGN_DECISION))) {
                continue;
            }
            String status = d.getOrDefault(TW.NS + "decisionStatus", List.of()).stream().map(Term::value).findFirst().orElse("");
            if (status.endsWith("DecisionSuperseded") || status.endsWith("DecisionRejected")) {
                continue;
            }
            Set<String> hit = new TreeSet<>();
            for (Term subject : d.getOrDefault(TW.CONCERNS, List.of())) {
                if (changedSubjects.contains(subject.value())) {
                    hit.add(names.getOrDefault(subject.value(), display(subject.value())));
                }
            }
            if (!hit.isEmpty()) {
                out.add(new ImpactReport.DecisionToReview(idOf(e.getKey(), d), titleOf(d),
                        SemanticDiff.localName(status).replace("Decision", "").toLowerCase(Locale.ROOT), List.copyOf(hit)));
            }
        }
        out.sort(java.util.Comparator.comparing(ImpactReport.DecisionToReview::decision));
        return out;
    }

    private List<ResourceChange> supplyChain() {
        List<ResourceChange> out = new ArrayList<>();
        for (String section : List.of("product", "components", "update mechanisms")) {
            for (ResourceChange change : changes(section)) {
                if (change.change().equals(ResourceChange.CHANGED)
                        && change.attributes().stream().anyMatch(a -> SUPPLY_ATTRIBUTES.contains(a.attribute()))) {
                    out.add(change);
                }
            }
        }
        return out;
    }

    private static Map<String, Map<String, List<Term>>> bySubject(List<Statement> statements) {
        Map<String, Map<String, List<Term>>> out = new HashMap<>();
        for (Statement s : statements) {
            out.computeIfAbsent(s.subject().value(), k -> new HashMap<>()).computeIfAbsent(s.predicate().value(), k -> new ArrayList<>())
                    .add(s.object());
        }
        return out;
    }

    /** Names of model elements, the working model's winning. */
    private Map<String, String> names(Set<String> iris) {
        Set<Term> terms = new HashSet<>();
        iris.stream().filter(iri -> iri.startsWith(Iris.ELEMENT)).forEach(iri -> terms.add(Term.iri(iri)));
        Map<String, String> out = new HashMap<>();
        for (SnapshotView side : List.of(from, to)) {
            side.source(HistoryPart.MODEL).describe(terms).forEach((subject, properties) -> {
                List<Term> title = properties.getOrDefault(TW.DCTERMS_TITLE, List.of());
                if (!title.isEmpty()) {
                    out.put(subject.value(), title.get(0).value());
                }
            });
        }
        return out;
    }

    private static String idOf(String iri, Map<String, List<Term>> description) {
        List<Term> ids = description.getOrDefault(TW.DCTERMS_IDENTIFIER, List.of());
        return ids.isEmpty() ? display(iri) : ids.get(0).value();
    }

    private static String titleOf(Map<String, List<Term>> description) {
        List<Term> titles = description.getOrDefault(TW.DCTERMS_TITLE, List.of());
        return titles.isEmpty() ? null : titles.get(0).value();
    }

    private static String display(String iri) {
        int cut = iri.lastIndexOf('/');
        return cut < 0 ? iri : Iris.decodeSegment(iri.substring(cut + 1));
    }
}
