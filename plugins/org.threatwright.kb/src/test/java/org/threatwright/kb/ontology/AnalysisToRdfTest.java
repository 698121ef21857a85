package org.threatwright.kb.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threatwright.kb.ontology.Rdf.about;
import static org.threatwright.kb.ontology.Rdf.bool;
import static org.threatwright.kb.ontology.Rdf.iri;
import static org.threatwright.kb.ontology.Rdf.text;
import static org.threatwright.kb.ontology.Rdf.type;
import static org.threatwright.kb.ontology.Rdf.typed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleFamily;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.Stride;
import org.threatwright.analysis.engine.RuleFailure;
import org.threatwright.analysis.paths.AttackPath;
import org.threatwright.analysis.paths.AttackStep;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.kb.store.Statement;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwFactory;

/** Findings, rules, runs and attack paths of the small model, statement by statement. */
class AnalysisToRdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final RuleDescriptor DEBUG_RULE = new RuleDescriptor("iot-test-debug-port", "Debug port left open",
            RuleFamily.IOT, Stride.ELEVATION_OF_PRIVILEGE, Severity.HIGH, List.of(1191), List.of(), "Fuse it off.",
            List.of("ETSI EN 303 645 provision 5.6-4"));

    private final SmallModels small = new SmallModels();

    private static String el(ModelElement element) {
        return Iris.element(element.getId());
    }

    private Finding debugFinding() {
        return new Finding(DEBUG_RULE.id() + "@" + small.hubUart.getId() + "@" + small.hub.getId(), DEBUG_RULE,
                List.of(ElementRef.of(small.hubUart), ElementRef.of(small.hub)), Severity.CRITICAL,
                "The UART console of the hub gives a root shell.");
    }

    private ThreatRegister register(List<TargetPaths> paths, Map<String, TriageDecision> triage) {
        return Registers.of(small.model.getId(), "Test hub", "1.0", DAY, List.of(debugFinding()),
                List.of(new RuleFailure("iot-broken", "the rule failed and reported nothing: boom")), paths, triage);
    }

    @Test
    void theRunItsRuleItsFindingAndItsFailureExactly() {
        Finding finding = debugFinding();
        String run = Iris.analysisRun(small.model.getId(), DAY);
        String rule = "https://threatwright.org/id/rule/iot-test-debug-port";
        String iri = "https://threatwright.org/id/finding/iot-test-debug-port@" + small.hubUart.getId() + "@" + small.hub.getId();
        String failure = run + "/failure/1";
        assertEquals("https://threatwright.org/id/analysis/" + small.model.getId() + "/2026-11-23", run);
        assertEquals(List.of(
                type(run, TW.ANALYSIS_RUN),
                iri(run, TW.PROV_USED, el(small.model)),
                typed(run, TW.EVALUATION_DATE, "2026-11-23", TW.XSD_DATE),
                bool(run, TW.COMPLETE, false),
                iri(run, TW.USED_RULE, rule),
                type(rule, TW.RULE),
                text(rule, TW.DCTERMS_IDENTIFIER, "iot-test-debug-port"),
                text(rule, TW.DCTERMS_TITLE, "Debug port left open"),
                iri(rule, TW.RULE_FAMILY, TW.FAMILY_IOT),
                iri(rule, TW.STRIDE_CATEGORY, TW.ELEVATION_OF_PRIVILEGE),
                iri(rule, TW.DEFAULT_SEVERITY, TW.SEVERITY_HIGH),
                text(rule, TW.CWE, "CWE-1191"),
                text(rule, TW.MITIGATION, "Fuse it off."),
                text(rule, TW.DCTERMS_BIBLIOGRAPHIC_CITATION, "ETSI EN 303 645 provision 5.6-4"),
                type(iri, TW.FINDING),
                text(iri, TW.DCTERMS_IDENTIFIER, finding.id()),
                iri(iri, TW.DERIVED_BY_RULE, rule),
                iri(iri, TW.SEVERITY, TW.SEVERITY_CRITICAL),
                iri(iri, TW.PRIMARY_SUBJECT, el(small.hubUart)),
                iri(iri, TW.SUBJECT, el(small.hubUart)),
                iri(iri, TW.SUBJECT, el(small.hub)),
                text(iri, TW.EXPLANATION, "The UART console of the hub gives a root shell."),
                iri(iri, TW.TRIAGE_STATUS, TW.TRIAGE_OPEN),
                iri(iri, TW.PROV_WAS_GENERATED_BY, run),
                iri(run, TW.HAS_RULE_FAILURE, failure),
                type(failure, TW.RULE_FAILURE),
                iri(failure, TW.FAILED_RULE, "https://threatwright.org/id/rule/iot-broken"),
                text(failure, TW.FAILURE_MESSAGE, "the rule failed and reported nothing: boom")),
                AnalysisToRdf.map(register(List.of(), Map.of()), List.of(DEBUG_RULE)));
    }

    @Test
    void rulesOfTheRuleSetThatDidNotFireAreUsedToo() {
        RuleDescriptor quiet = new RuleDescriptor("aaa-quiet", "Never fires", RuleFamily.BOUNDARY, Stride.TAMPERING,
                Severity.LOW, List.of(), List.of(94), "Nothing.", List.of());
        List<Statement> statements = AnalysisToRdf.map(register(List.of(), Map.of()), List.of(quiet, DEBUG_RULE));
        String run = Iris.analysisRun(small.model.getId(), DAY);
        assertEquals(List.of(iri(run, TW.USED_RULE, Iris.rule("aaa-quiet")), iri(run, TW.USED_RULE, Iris.rule(DEBUG_RULE.id()))),
                statements.stream().filter(statement -> statement.predicate().value().equals(TW.USED_RULE)).toList(),
                "sorted by rule id");
        assertTrue(statements.contains(text(Iris.rule("aaa-quiet"), TW.CAPEC, "CAPEC-94")));
    }

    @Test
    void aTriagedFindingCarriesTheDecisionsStatus() {
        Finding finding = debugFinding();
        TriageDecision decision = new TriageDecision(finding.id(), TriageStatus.NOT_APPLICABLE, "The UART pads are removed.",
                "Ada Owner", Instant.parse("2026-11-22T10:00:00Z"));
        List<Statement> statements = AnalysisToRdf.map(register(List.of(), Map.of(finding.id(), decision)), List.of(DEBUG_RULE));
        assertTrue(statements.contains(iri(Iris.finding(finding.id()), TW.TRIAGE_STATUS, TW.TRIAGE_NOT_APPLICABLE)));
        assertTrue(statements.containsAll(TriageRdf.toStatements(List.of(decision))));
        assertEquals(Map.of(finding.id(), decision), TriageRdf.fromStatements(statements));
    }

    @Test
    void attackPathsHaveOrderedStepsThatChainFromEntryPointToTarget() {
        List<TargetPaths> targets = givenTheCloudIsATargetAndTheUserTalksToTheHub();
        List<Statement> statements = AnalysisToRdf.map(register(targets, Map.of()), List.of(DEBUG_RULE));
        TargetPaths cloud = targets.get(0);
        assertEquals(small.cloud, cloud.target());
        String target = Iris.attackTarget(small.cloud.getId());
        assertTrue(statements.contains(iri(Iris.analysisRun(small.model.getId(), DAY), TW.HAS_ATTACK_TARGET, target)));
        assertTrue(statements.contains(iri(target, TW.TARGET_ELEMENT, el(small.cloud))));

        AttackPath viaHub = cloud.paths().stream().filter(path -> path.length() == 2).findFirst().orElseThrow();
        String path = Iris.attackPath(small.user.getId(), viaHub.key());
        String step1 = path + "/step/1";
        String step2 = path + "/step/2";
        assertTrue(path.matches("https://threatwright\\.org/id/attack-path/" + small.user.getId() + "/[0-9a-f]{32}"), path);
        Set<TrustBoundary> crossed = new LinkedHashSet<>(viaHub.boundariesCrossed());
        List<Statement> expected = new ArrayList<>(List.of(
                type(path, TW.ATTACK_PATH),
                iri(path, TW.ENTRY_POINT, el(small.user)),
                iri(path, TW.TARGET_ELEMENT, el(small.cloud)),
                typed(path, TW.RANK, Integer.toString(cloud.paths().indexOf(viaHub) + 1), TW.XSD_INTEGER),
                typed(path, TW.PATH_LENGTH, "2", TW.XSD_INTEGER),
                typed(path, TW.BOUNDARY_CROSSINGS, Integer.toString(viaHub.boundariesCrossed().size()), TW.XSD_INTEGER)));
        crossed.forEach(boundary -> expected.add(iri(path, TW.CROSSES_BOUNDARY, el(boundary))));
        expected.addAll(List.of(
                iri(path, TW.PROV_WAS_GENERATED_BY, Iris.analysisRun(small.model.getId(), DAY)),
                iri(path, TW.HAS_STEP, step1),
                iri(path, TW.HAS_STEP, step2)));
        assertEquals(expected, about(statements, path));
        assertTrue(crossed.contains(small.tenant), "the path enters the cloud tenant");
        assertEquals(List.of(
                type(step1, TW.ATTACK_STEP),
                typed(step1, TW.STEP_INDEX, "1", TW.XSD_INTEGER),
                iri(step1, TW.FROM_ELEMENT, el(small.user)),
                iri(step1, TW.TO_ELEMENT, el(small.hub)),
                iri(step1, TW.VIA_FLOW, el(viaHub.steps().get(0).flow()))),
                about(statements, step1));
        assertEquals(iri(step2, TW.FROM_ELEMENT, el(small.hub)), about(statements, step2).get(2), "step 2 starts where step 1 ends");
        assertEquals(iri(step2, TW.TO_ELEMENT, el(small.cloud)), about(statements, step2).get(3));

        List<AttackStep> cut = cloud.minimumCut();
        assertEquals(1, cut.size(), "every path to the cloud ends with the hub-to-cloud flow");
        assertEquals(List.of(
                type(target + "/cut/1", TW.ATTACK_STEP),
                iri(target + "/cut/1", TW.FROM_ELEMENT, el(small.hub)),
                iri(target + "/cut/1", TW.TO_ELEMENT, el(small.cloud)),
                iri(target + "/cut/1", TW.VIA_FLOW, el(small.hubToCloud))),
                about(statements, target + "/cut/1"));

        ValidationReport report = Rdf.validate(ModelToRdf.map(small.model), statements);
        assertTrue(report.conforms(), Rdf.describe(report));
    }

    @Test
    void aHostingStepSaysSoInsteadOfNamingAFlow() {
        List<Statement> statements = AnalysisToRdf.map(register(List.of(new TargetPaths(small.agent,
                List.of(new AttackPath(List.of(new AttackStep(small.hub, small.agent, null)), List.of())), List.of())),
                Map.of()), List.of(DEBUG_RULE));
        String step = Iris.attackPath(small.hub.getId(), "hosting:" + small.hub.getId() + ">" + small.agent.getId()) + "/step/1";
        assertTrue(step.matches("https://threatwright\\.org/id/attack-path/" + small.hub.getId() + "/[0-9a-f]{32}/step/1"), step);
        assertTrue(about(statements, step).contains(bool(step, TW.VIA_HOSTING, true)));
        assertFalse(about(statements, step).stream().anyMatch(statement -> statement.predicate().value().equals(TW.VIA_FLOW)));
        ValidationReport report = Rdf.validate(ModelToRdf.map(small.model), statements);
        assertTrue(report.conforms(), Rdf.describe(report));
    }

    /** Found by the shapes on the examples: the same flow walked both ways must give two paths, not one muddled one. */
    @Test
    void aBidirectionalFlowWalkedBothWaysGivesTwoPaths() {
        givenTheCloudIsATargetAndTheUserTalksToTheHub();
        DataFlow userToHub = small.model.getFlows().get(small.model.getFlows().size() - 1);
        AttackPath forth = new AttackPath(List.of(new AttackStep(small.user, small.hub, userToHub)), List.of());
        AttackPath back = new AttackPath(List.of(new AttackStep(small.hub, small.user, userToHub)), List.of());
        assertEquals(forth.key(), back.key(), "the analysis' own key cannot tell them apart");
        List<Statement> statements = AnalysisToRdf.map(register(List.of(new TargetPaths(small.hub, List.of(forth), List.of()),
                new TargetPaths(small.user, List.of(back), List.of())), Map.of()), List.of(DEBUG_RULE));
        long paths = statements.stream().filter(statement -> statement.equals(type(statement.subject().value(), TW.ATTACK_PATH))).count();
        assertEquals(2, paths);
        ValidationReport report = Rdf.validate(ModelToRdf.map(small.model), statements);
        assertTrue(report.conforms(), Rdf.describe(report));
    }

    @Test
    void theHandMadeRegisterConformsAndTheShapesCatchBrokenFindings() {
        List<Statement> model = ModelToRdf.map(small.model);
        List<Statement> analysis = AnalysisToRdf.map(register(List.of(), Map.of()), List.of(DEBUG_RULE));
        ValidationReport sound = Rdf.validate(model, analysis);
        assertTrue(sound.conforms(), Rdf.describe(sound));

        String finding = Iris.finding(debugFinding().id());
        assertViolation(model, without(analysis, iri(finding, TW.DERIVED_BY_RULE, Iris.rule(DEBUG_RULE.id()))), TW.DERIVED_BY_RULE);
        assertViolation(model, with(analysis, iri(finding, TW.SEVERITY, TW.SEVERITY_LOW)), TW.SEVERITY);
        List<Statement> noSubjects = analysis.stream().filter(statement -> !statement.predicate().value().equals(TW.SUBJECT)).toList();
        assertViolation(model, noSubjects, TW.SUBJECT);
        // a subject that is not an element of the model
        assertViolation(model, with(analysis, iri(finding, TW.SUBJECT, Iris.element("no-such-element"))), TW.SUBJECT);
        // the primary subject is not among the subjects: only the SPARQL constraint sees that
        List<Statement> otherPrimary = with(without(analysis, iri(finding, TW.PRIMARY_SUBJECT, el(small.hubUart))),
                iri(finding, TW.PRIMARY_SUBJECT, el(small.cloud)));
        ValidationReport report = Rdf.validate(model, otherPrimary);
        assertFalse(report.conforms());
        assertTrue(Rdf.describe(report).contains("primary subject is not one of its subjects"), Rdf.describe(report));
    }

    @Test
    void streamingGivesTheSameStatementsInTheSameOrder() {
        List<TargetPaths> paths = givenTheCloudIsATargetAndTheUserTalksToTheHub();
        assertFalse(paths.isEmpty());
        String findingId = debugFinding().id();
        ThreatRegister register = register(paths, Map.of(findingId, new TriageDecision(findingId, TriageStatus.ACCEPTED,
                "Only reachable with the case open.", "ana", Instant.parse("2026-11-20T10:00:00Z"))));
        List<Statement> streamed = new ArrayList<>();
        AnalysisToRdf.map(register, List.of(DEBUG_RULE), streamed::add);
        assertEquals(AnalysisToRdf.map(register, List.of(DEBUG_RULE)), streamed);
        List<Statement> model = new ArrayList<>();
        ModelToRdf.map(small.model, model::add);
        assertEquals(ModelToRdf.map(small.model), model);
    }

    @Test
    void forTheChecksOnlyWhatTheyReadOfTheRunTheRulesAndTheFindings() {
        Finding finding = debugFinding();
        String run = Iris.analysisRun(small.model.getId(), DAY);
        String rule = Iris.rule(DEBUG_RULE.id());
        String iri = Iris.finding(finding.id());
        List<Statement> checks = new ArrayList<>();
        AnalysisToRdf.mapForChecks(register(List.of(), Map.of()), List.of(DEBUG_RULE), checks::add);
        assertEquals(List.of(
                type(run, TW.ANALYSIS_RUN),
                iri(run, TW.PROV_USED, el(small.model)),
                typed(run, TW.EVALUATION_DATE, "2026-11-23", TW.XSD_DATE),
                bool(run, TW.COMPLETE, false),
                iri(run, TW.USED_RULE, rule),
                type(rule, TW.RULE),
                text(rule, TW.DCTERMS_IDENTIFIER, "iot-test-debug-port"),
                text(rule, TW.DCTERMS_TITLE, "Debug port left open"),
                type(iri, TW.FINDING),
                text(iri, TW.DCTERMS_IDENTIFIER, finding.id()),
                iri(iri, TW.DERIVED_BY_RULE, rule),
                iri(iri, TW.SUBJECT, el(small.hubUart)),
                iri(iri, TW.SUBJECT, el(small.hub)),
                iri(iri, TW.TRIAGE_STATUS, TW.TRIAGE_OPEN),
                iri(iri, TW.PROV_WAS_GENERATED_BY, run)), checks);
    }

    private static void assertViolation(List<Statement> model, List<Statement> analysis, String path) {
        ValidationReport report = Rdf.validate(model, analysis);
        assertFalse(report.conforms(), "should violate " + path);
        assertTrue(report.getEntries().stream().anyMatch(entry -> entry.resultPath() != null
                && entry.resultPath().toString().contains(path)), Rdf.describe(report));
    }

    private static List<Statement> without(List<Statement> statements, Statement removed) {
        assertTrue(statements.contains(removed), "present before: " + removed);
        return statements.stream().filter(statement -> !statement.equals(removed)).toList();
    }

    private static List<Statement> with(List<Statement> statements, Statement added) {
        List<Statement> more = new ArrayList<>(statements);
        more.add(added);
        return more;
    }

    /** As in the analysis bundle's attack path test: the cloud holds account data; the user talks to the hub. */
    private List<TargetPaths> givenTheCloudIsATargetAndTheUserTalksToTheHub() {
        DataAsset accounts = TwFactory.eINSTANCE.createDataAsset();
        accounts.setName("Account data");
        accounts.setConfidentiality(SecurityLevel.HIGH);
        small.model.getDataAssets().add(accounts);
        small.cloud.getDataAssets().add(accounts);
        DataFlow userToHub = TwFactory.eINSTANCE.createDataFlow();
        userToHub.setName("Local app");
        userToHub.setSource(small.user);
        userToHub.setTarget(small.hub);
        userToHub.setDirection(FlowDirection.BIDIRECTIONAL);
        small.model.getFlows().add(userToHub);
        return TargetPaths.of(small.model, 5);
    }
}
