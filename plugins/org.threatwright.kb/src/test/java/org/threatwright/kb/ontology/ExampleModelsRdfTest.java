package org.threatwright.kb.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.shacl.ValidationReport;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.model.ModelElement;
import org.threatwright.model.RoleAssignment;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFiles;

/** The three example products, mapped whole: every element once with its class, and the shapes hold. */
class ExampleModelsRdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final List<RuleDescriptor> RULE_SET = BuiltInRules.all().stream().map(RuleDescriptors::of).toList();

    static Stream<Path> examples() throws IOException {
        Path folder = Path.of(System.getProperty("threatwright.examples"));
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.toString().endsWith(".tw")).sorted().toList();
        }
        assertEquals(3, files.size(), "three example models in " + folder);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyModelElementIsPresentOnceWithItsClass(Path file) throws Exception {
        SystemModel model = ModelFiles.load(file);
        List<Statement> statements = ModelToRdf.map(model);
        Map<Term, List<Term>> typesBySubject = new HashMap<>();
        for (Statement statement : statements) {
            if (statement.predicate().value().equals(TW.RDF_TYPE)) {
                typesBySubject.computeIfAbsent(statement.subject(), subject -> new ArrayList<>()).add(statement.object());
            }
        }
        List<EObject> objects = new ArrayList<>(List.of(model));
        model.eAllContents().forEachRemaining(objects::add);
        int elements = 0;
        for (EObject object : objects) {
            if (object instanceof ModelElement element) {
                elements++;
                assertEquals(List.of(Term.iri(TW.NS + element.eClass().getName())),
                        typesBySubject.get(Term.iri(Iris.element(element.getId()))), element.getName());
            }
        }
        long partsWithoutId = objects.stream().filter(object -> !(object instanceof ModelElement)).count();
        assertTrue(objects.stream().anyMatch(RoleAssignment.class::isInstance), "the examples name roles");
        assertEquals(elements + partsWithoutId, typesBySubject.size(), "nothing else is typed");
        assertTrue(elements > 40, file + " is a realistic model: " + elements + " elements");
        assertEquals(statements.size(), new HashSet<>(statements).size(), "no statement twice");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theMappedModelAndItsAnalysisConformToTheShapes(Path file) throws Exception {
        SystemModel model = ModelFiles.load(file);
        ThreatRegister register = registerOf(model);
        List<Statement> modelStatements = ModelToRdf.map(model);
        List<Statement> analysisStatements = AnalysisToRdf.map(register, RULE_SET);
        ValidationReport report = Rdf.validate(modelStatements, analysisStatements);
        assertTrue(report.conforms(), file + ":\n" + Rdf.describe(report));

        long findings = analysisStatements.stream().filter(statement -> statement.predicate().value().equals(TW.RDF_TYPE)
                && statement.object().equals(Term.iri(TW.FINDING))).count();
        assertEquals(register.findings().size(), findings);
        assertTrue(findings > 50, file + ": " + findings + " findings");
        assertTrue(!register.attackPaths().isEmpty(), file + " has attack paths, so the shapes saw some");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void mappingTwiceGivesTheSameStatementsInTheSameOrder(Path file) throws Exception {
        SystemModel first = ModelFiles.load(file);
        SystemModel second = ModelFiles.load(file);
        assertEquals(ModelToRdf.map(first), ModelToRdf.map(second));
        assertEquals(AnalysisToRdf.map(registerOf(first), RULE_SET), AnalysisToRdf.map(registerOf(second), RULE_SET));
    }

    /** The register with attack paths and two decisions, one of them about a finding no longer derived. */
    static ThreatRegister registerOf(SystemModel model) {
        AnalysisResult result = new ThreatAnalysis(model, BuiltInRules.all(), DAY).run();
        Finding first = result.findings().get(0);
        Map<String, TriageDecision> triage = Map.of(
                first.id(), new TriageDecision(first.id(), TriageStatus.MITIGATED, "Fixed in 3.2.1", "Priya Raman",
                        Instant.parse("2026-11-20T09:30:00Z")),
                "iot-gone@00000000-0000-0000-0000-000000000000", new TriageDecision(
                        "iot-gone@00000000-0000-0000-0000-000000000000", TriageStatus.ACCEPTED, "Risk owner accepted",
                        "Priya Raman", Instant.parse("2026-10-01T08:00:00Z")));
        return Registers.of(model, DAY, result.findings(), result.failures(), TargetPaths.of(model, 3), triage);
    }
}
