package org.threatwright.kb.ontology;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.engine.RuleFailure;
import org.threatwright.analysis.paths.AttackPath;
import org.threatwright.analysis.paths.AttackStep;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.StatementSink;
import org.threatwright.model.TrustBoundary;

/**
 * Maps a threat register to statements in the Threatwright ontology: the analysis run, the rules, the findings,
 * the attack paths and the triage decisions. Subjects, entry points, targets and flows are linked by the IRIs
 * {@link ModelToRdf} gives the model's elements, so the two graphs join.
 *
 * <ul>
 * <li>The run is a {@code tw:AnalysisRun} ({@code prov:Activity}) named by the model id and evaluation date; it
 * {@code prov:used} the model, {@code tw:usedRule} every rule of the rule set, and says whether it is complete.</li>
 * <li>A rule is a {@code tw:Rule} with its id, title, family, STRIDE category, default severity, CWE/CAPEC ids,
 * mitigation and references.</li>
 * <li>A finding is a {@code tw:Finding} named by its stable id ({@link Iris#finding}), {@code prov:wasGeneratedBy}
 * the run, with its rule ({@code tw:derivedByRule}), severity concept, subjects (primary first, also
 * {@code tw:primarySubject}), explanation and triage status. What a finding shares with its rule (title, STRIDE
 * category, CWE/CAPEC ids) is said once, on the rule: queries reach it through {@code tw:derivedByRule}. A finding
 * is 8 statements plus one per subject, and a large model has millions of findings.</li>
 * <li>An attack path is a {@code tw:AttackPath} named by its entry point and step ids, with indexed {@code tw:AttackStep}s
 * ({@code <path>/step/1...}); the paths of one target hang off a {@code tw:AttackTarget} with its minimum cut
 * ({@code <target>/cut/1...}).</li>
 * <li>Triage decisions as {@link TriageRdf} writes them, those about findings no longer derived included.</li>
 * </ul>
 *
 * Finding, path and decision IRIs do not depend on the run: a knowledge base keeps each run's statements in a
 * graph of its own. The order is deterministic: run, rules by id, findings in register order, rule failures,
 * attack targets in register order, decisions by finding id.
 *
 * <p>{@link #map(ThreatRegister, Collection, StatementSink)} streams the statements without holding them, for
 * publishing large analyses; {@link #mapForChecks} writes only what the compliance checks read.
 */
public final class AnalysisToRdf {

    private final StatementOut out;
    private final ThreatRegister register;
    private final String run;
    private final boolean checksOnly;
    /** Rule IRIs by id: a few dozen rules name millions of findings. */
    private final Map<String, String> ruleIris = new HashMap<>();

    private AnalysisToRdf(ThreatRegister register, StatementSink sink, boolean checksOnly) {
        this.out = new StatementOut(sink);
        this.register = register;
        this.run = Iris.analysisRun(register.modelId(), register.evaluationDate());
        this.checksOnly = checksOnly;
    }

    /**
     * The statements of {@code register}. For a bare {@code AnalysisResult}, build the register with
     * {@code ThreatRegister.of(model, date, result, List.of(), Map.of())}.
     *
     * @param ruleSet the descriptors of the rules the analysis evaluated, whether they fired or not (rules that
     *                fired are described even if missing here)
     */
    public static List<Statement> map(ThreatRegister register, Collection<RuleDescriptor> ruleSet) {
        StatementList list = new StatementList();
        map(register, ruleSet, list);
        return list.toList();
    }

    /**
     * Writes the statements of {@code register} to {@code sink} one by one, in the order of
     * {@link #map(ThreatRegister, Collection)}, without holding them (a statement may be repeated).
     */
    public static void map(ThreatRegister register, Collection<RuleDescriptor> ruleSet, StatementSink sink) {
        new AnalysisToRdf(register, sink, false).addRun(rulesById(register, ruleSet));
    }

    /**
     * Writes what the built-in compliance checks read (see docs/compliance.md): the run with its rules, each rule's
     * id and title, and of each finding its type, id, rule, subjects, triage status and run. Leaves out explanations,
     * severities, primary subjects, rule details, rule failures (the run says whether it is complete), attack paths
     * and decisions: about half of the statements, and the ones that cost most memory (one explanation per finding).
     */
    public static void mapForChecks(ThreatRegister register, Collection<RuleDescriptor> ruleSet, StatementSink sink) {
        new AnalysisToRdf(register, sink, true).addRun(rulesById(register, ruleSet));
    }

    private static Map<String, RuleDescriptor> rulesById(ThreatRegister register, Collection<RuleDescriptor> ruleSet) {
        Map<String, RuleDescriptor> rules = new TreeMap<>();
        ruleSet.forEach(rule -> rules.put(rule.id(), rule));
        register.findings().forEach(finding -> rules.putIfAbsent(finding.ruleId(), finding.rule()));
        return rules;
    }

    private void addRun(Map<String, RuleDescriptor> rules) {
        out.type(run, TW.ANALYSIS_RUN);
        out.iri(run, TW.PROV_USED, Iris.element(register.modelId()));
        out.date(run, TW.EVALUATION_DATE, register.evaluationDate());
        out.bool(run, TW.COMPLETE, register.failures().isEmpty());
        rules.keySet().forEach(id -> out.iri(run, TW.USED_RULE, Iris.rule(id)));
        rules.values().forEach(this::addRule);
        register.findings().forEach(this::addFinding);
        if (checksOnly) {
            return;
        }
        List<RuleFailure> failures = register.failures();
        for (int i = 0; i < failures.size(); i++) {
            addFailure(failures.get(i), run + "/failure/" + (i + 1));
        }
        register.attackPaths().forEach(this::addTarget);
        out.addAll(TriageRdf.toStatements(register.triage().values()));
    }

    private void addRule(RuleDescriptor rule) {
        String iri = Iris.rule(rule.id());
        out.type(iri, TW.RULE);
        out.text(iri, TW.DCTERMS_IDENTIFIER, rule.id());
        out.text(iri, TW.DCTERMS_TITLE, rule.title());
        if (checksOnly) {
            return;
        }
        out.iri(iri, TW.RULE_FAMILY, AnalysisConcepts.ruleFamily(rule.family()));
        out.iri(iri, TW.STRIDE_CATEGORY, AnalysisConcepts.stride(rule.stride()));
        out.iri(iri, TW.DEFAULT_SEVERITY, AnalysisConcepts.severity(rule.severity()));
        addWeaknessIds(iri, rule);
        out.text(iri, TW.MITIGATION, rule.mitigation());
        rule.references().forEach(reference -> out.text(iri, TW.DCTERMS_BIBLIOGRAPHIC_CITATION, reference));
    }

    private void addWeaknessIds(String iri, RuleDescriptor rule) {
        rule.cwe().forEach(cwe -> out.text(iri, TW.CWE, "CWE-" + cwe));
        rule.capec().forEach(capec -> out.text(iri, TW.CAPEC, "CAPEC-" + capec));
    }

    private void addFinding(Finding finding) {
        String iri = Iris.finding(finding.id());
        out.type(iri, TW.FINDING);
        out.text(iri, TW.DCTERMS_IDENTIFIER, finding.id());
        out.iri(iri, TW.DERIVED_BY_RULE, ruleIris.computeIfAbsent(finding.ruleId(), Iris::rule));
        List<ElementRef> subjects = finding.subjects();
        if (!checksOnly) {
            out.iri(iri, TW.SEVERITY, AnalysisConcepts.severity(finding.severity()));
            out.iri(iri, TW.PRIMARY_SUBJECT, Iris.element(subjects.get(0).id()));
        }
        for (ElementRef subject : subjects) {
            out.iri(iri, TW.SUBJECT, Iris.element(subject.id()));
        }
        if (!checksOnly) {
            out.text(iri, TW.EXPLANATION, finding.explanation());
        }
        out.iri(iri, TW.TRIAGE_STATUS, AnalysisConcepts.triageStatus(register.statusOf(finding)));
        out.iri(iri, TW.PROV_WAS_GENERATED_BY, run);
    }

    private void addFailure(RuleFailure failure, String iri) {
        out.iri(run, TW.HAS_RULE_FAILURE, iri);
        out.type(iri, TW.RULE_FAILURE);
        out.iri(iri, TW.FAILED_RULE, Iris.rule(failure.ruleId()));
        out.text(iri, TW.FAILURE_MESSAGE, failure.message());
    }

    private void addTarget(TargetPaths target) {
        String iri = Iris.attackTarget(target.target().getId());
        out.iri(run, TW.HAS_ATTACK_TARGET, iri);
        out.type(iri, TW.ATTACK_TARGET);
        out.iri(iri, TW.TARGET_ELEMENT, Iris.element(target.target().getId()));
        List<AttackPath> paths = target.paths();
        for (int i = 0; i < paths.size(); i++) {
            out.iri(iri, TW.HAS_ATTACK_PATH, pathIri(paths.get(i)));
        }
        List<AttackStep> cut = target.minimumCut();
        for (int i = 0; i < cut.size(); i++) {
            String step = iri + "/cut/" + (i + 1);
            out.iri(iri, TW.MINIMUM_CUT_STEP, step);
            addStep(step, cut.get(i), null);
        }
        for (int i = 0; i < paths.size(); i++) {
            addPath(paths.get(i), i + 1);
        }
    }

    private void addPath(AttackPath path, int rank) {
        String iri = pathIri(path);
        out.type(iri, TW.ATTACK_PATH);
        out.iri(iri, TW.ENTRY_POINT, Iris.element(path.entryPoint().getId()));
        out.iri(iri, TW.TARGET_ELEMENT, Iris.element(path.target().getId()));
        out.integer(iri, TW.RANK, rank);
        out.integer(iri, TW.PATH_LENGTH, path.length());
        out.integer(iri, TW.BOUNDARY_CROSSINGS, path.boundariesCrossed().size());
        Set<String> crossed = new LinkedHashSet<>();
        for (TrustBoundary boundary : path.boundariesCrossed()) {
            crossed.add(Iris.element(boundary.getId()));
        }
        crossed.forEach(boundary -> out.iri(iri, TW.CROSSES_BOUNDARY, boundary));
        out.iri(iri, TW.PROV_WAS_GENERATED_BY, run);
        List<AttackStep> steps = path.steps();
        for (int i = 0; i < steps.size(); i++) {
            String step = iri + "/step/" + (i + 1);
            out.iri(iri, TW.HAS_STEP, step);
            addStep(step, steps.get(i), i + 1);
        }
    }

    private static String pathIri(AttackPath path) {
        return Iris.attackPath(path.entryPoint().getId(), path.key());
    }

    /** A step; {@code index} is its 1-based place in a path, null for a step of a minimum cut. */
    private void addStep(String iri, AttackStep step, Integer index) {
        out.type(iri, TW.ATTACK_STEP);
        if (index != null) {
            out.integer(iri, TW.STEP_INDEX, index);
        }
        out.iri(iri, TW.FROM_ELEMENT, Iris.element(step.from().getId()));
        out.iri(iri, TW.TO_ELEMENT, Iris.element(step.to().getId()));
        if (step.isHosting()) {
            out.bool(iri, TW.VIA_HOSTING, true);
        } else {
            out.iri(iri, TW.VIA_FLOW, Iris.element(step.flow().getId()));
        }
    }
}
