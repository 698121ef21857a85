package org.threatwright.kb.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.compliance.ComplianceCheck;
import org.threatwright.kb.compliance.ComplianceReport;
import org.threatwright.kb.compliance.ComplianceStatus;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.KnowledgeStore;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.model.SmallModels;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.assessment.RiskAssessor;
import org.threatwright.risk.decision.FactorOverride;
import org.threatwright.risk.decision.RiskDecisions;
import org.threatwright.risk.decision.Treatment;
import org.threatwright.risk.decision.TreatmentOption;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.method.RiskMethodFiles;
import org.threatwright.risk.register.RiskRegister;

/** Risks and risk decisions in the store: the data contract, round trips, refusals that write nothing, hostile text. */
class RiskKnowledgeTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final String TWO_LEVELS = """
            { "name": "two by two", "impactScale": ["low", "high"], "feasibilityScale": ["hard", "easy"],
              "matrix": { "low": [1, 2], "high": [2, 3] }, "acceptanceThreshold": 2 }
            """;

    @TempDir
    Path dir;

    private final SmallModels small = new SmallModels();
    private final List<Finding> findings = new ThreatAnalysis(small.model, BuiltInRules.all(), DAY).run().findings();

    private List<RiskAssessment> assess(RiskKnowledge risks) {
        return new RiskAssessor(risks.method(), small.model, findings, risks.decisions()).assessments();
    }

    @Test
    void publishedRisksFollowTheDataContract() {
        try (KnowledgeStore store = KnowledgeStores.memory()) {
            RiskKnowledge risks = new RiskKnowledge(store, small.model.getId());
            List<RiskAssessment> assessed = assess(risks);
            risks.publish(risks.method(), assessed);
            List<Statement> graph = risks.riskStatements();
            Set<Term> riskIris = graph.stream()
                    .filter(s -> s.predicate().value().equals(TW.RDF_TYPE) && s.object().equals(Term.iri(TW.RISK)))
                    .map(Statement::subject).collect(Collectors.toSet());
            assertEquals(findings.size(), riskIris.size(), "one risk per finding");
            RiskAssessment first = assessed.get(0);
            Term risk = Term.iri(Iris.risk(first.findingId()));
            assertTrue(graph.contains(new Statement(risk, Term.iri(TW.PROV_WAS_DERIVED_FROM), Term.iri(Iris.finding(first.findingId())))));
            assertTrue(graph.contains(new Statement(risk, Term.iri(TW.FINDING_ID), Term.literal(first.findingId()))));
            assertTrue(graph.contains(new Statement(risk, Term.iri(TW.DCTERMS_IDENTIFIER), Term.literal(first.findingId()))));
            assertTrue(graph.contains(new Statement(risk, Term.iri(TW.AFFECTS), Term.iri(Iris.element(first.subjects().get(0).id())))));
            assertTrue(graph.contains(new Statement(risk, Term.iri(TW.RISK_VALUE), Term.typed(Integer.toString(first.value()), TW.XSD_INTEGER))));
            assertTrue(graph.contains(new Statement(Term.iri(Iris.element(small.model.getId())), Term.iri(TW.ACCEPTANCE_THRESHOLD),
                    Term.typed("3", TW.XSD_INTEGER))));
            PublishedRisk published = risks.published(first.findingId()).orElseThrow();
            assertEquals(new PublishedRisk(first.findingId(), first.title(), first.value(), first.residualValue(),
                    RiskRdf.levelConcept(first.level()), first.exceedsThreshold(), first.residualExceedsThreshold(), null), published);
        }
    }

    @Test
    void everyTermOfTheRiskGraphsIsDeclaredInTheOntology() {
        Model ontology = ModelFactory.createModelForGraph(RDFDataMgr.loadGraph("../../models/ontology/threatwright.ttl"));
        try (KnowledgeStore store = KnowledgeStores.memory()) {
            RiskKnowledge risks = new RiskKnowledge(store, small.model.getId());
            String id = findings.get(0).id();
            risks.override(new FactorOverride(id, "impact.safety", "severe", "ada", T0, "it drives the heating"));
            risks.treat(new Treatment(id, TreatmentOption.REDUCE, "signed firmware", List.of("CTL-1"), null, "low", "bob", T0));
            risks.publish(risks.method(), assess(risks));
            Set<String> undeclared = new TreeSet<>();
            List<Statement> all = store.read(reader -> {
                List<Statement> both = new java.util.ArrayList<>(reader.statements(risks.riskGraph()));
                both.addAll(reader.statements(risks.decisionsGraph()));
                return both;
            });
            for (Statement statement : all) {
                for (Term term : List.of(statement.predicate(), statement.object())) {
                    if (term.isIri() && term.value().startsWith(TW.NS)
                            && !ontology.contains(ontology.createResource(term.value()), RDF.type)) {
                        undeclared.add(term.value());
                    }
                }
            }
            assertEquals(Set.of(), undeclared);
        }
    }

    @Test
    void republishingLeavesExactlyTheNewRiskGraphInATdb2Store() {
        try (ProductKnowledge knowledge = ProductKnowledge.in(KnowledgeStores.tdb2(dir.resolve("kb")))) {
            RiskKnowledge risks = RiskKnowledge.of(knowledge, "m1");
            risks.publish(risks.method(), assess(risks));
            String id = findings.get(0).id();
            knowledge.store().writeAll(writer -> writer.add(risks.riskGraph(), List.of(Statement.of(Term.iri(Iris.risk(id)),
                    TW.RDFS_LABEL, Term.literal("a stale statement someone left")))));
            risks.treat(new Treatment(id, TreatmentOption.REDUCE, "x", List.of("CTL-1"), null, "very low", "ada", T0));
            List<RiskAssessment> treated = assess(risks);
            risks.publish(risks.method(), treated);
            assertEquals(java.util.Set.copyOf(RiskRdf.map("m1", risks.method(), treated)), java.util.Set.copyOf(risks.riskStatements()));
            assertEquals(RiskRdf.map("m1", risks.method(), treated).size(), risks.riskStatements().size());
            RiskMethod twoLevels = RiskMethodFiles.parse(TWO_LEVELS, "two.json");
            List<RiskAssessment> other = new RiskAssessor(twoLevels, small.model, findings, new RiskDecisions(List.of(), List.of()))
                    .assessments();
            risks.publish(twoLevels, other);
            assertEquals(java.util.Set.copyOf(RiskRdf.map("m1", twoLevels, other)), java.util.Set.copyOf(risks.riskStatements()));
        }
    }

    @Test
    void decisionsRoundTripThroughAReopenedTdb2Store() {
        RiskMethod twoLevels = RiskMethodFiles.parse(TWO_LEVELS, "two.json");
        String id = findings.get(0).id();
        FactorOverride override = new FactorOverride(id, "elapsedTime", "≤1 week", "ada", T0, "needs a week of fuzzing");
        Treatment treatment = new Treatment(id, TreatmentOption.SHARE, "insured", List.of("CTL-2", "CTL 3/ä"), "low", null,
                "bob", T0.plusNanos(123_456_789));
        Path folder = dir.resolve("kb");
        try (ProductKnowledge knowledge = ProductKnowledge.in(KnowledgeStores.tdb2(folder))) {
            RiskKnowledge risks = RiskKnowledge.of(knowledge, "m1");
            risks.setMethod(new StoredMethod(twoLevels, "carol", T0));
            risks.override(override);
            risks.treat(treatment);
        }
        try (ProductKnowledge knowledge = ProductKnowledge.in(KnowledgeStores.tdb2(folder))) {
            RiskDecisionRdf.Stored stored = RiskKnowledge.of(knowledge, "m1").stored();
            assertEquals(new StoredMethod(twoLevels, "carol", T0), stored.method());
            assertEquals(List.of(override), stored.decisions().overrides());
            assertEquals(List.of(treatment), stored.decisions().treatments());
            assertEquals(RiskMethod.defaultMethod(), RiskKnowledge.of(knowledge, "m2").method(), "another model has its own");
        }
    }

    @Test
    void assessUsesTheStoredMethodAndOverrides() {
        try (KnowledgeStore store = KnowledgeStores.memory()) {
            RiskKnowledge risks = new RiskKnowledge(store, small.model.getId());
            String id = findings.get(0).id();
            RiskRegister before = risks.assess(small.model, DAY, findings);
            assertEquals(RiskMethod.defaultMethod(), before.method());
            assertEquals(findings.size(), before.risks().size());
            risks.override(new FactorOverride(id, "feasibility", "very low", "ada", T0, "air-gapped"));
            RiskRegister after = risks.assess(small.model, DAY, findings);
            RiskAssessment risk = after.risk(id).orElseThrow();
            assertEquals("very low", risk.feasibility());
            assertEquals(RiskMethod.defaultMethod().value(risk.impactIndex(), 0), risk.value());
            assertEquals(DAY, after.evaluationDate());
        }
        try (KnowledgeStore store = KnowledgeStores.memory()) {
            RiskKnowledge risks = new RiskKnowledge(store, small.model.getId());
            RiskMethod twoLevels = RiskMethodFiles.parse(TWO_LEVELS, "two.json");
            risks.setMethod(new StoredMethod(twoLevels, "carol", T0));
            RiskRegister assessed = risks.assess(small.model, DAY, findings);
            assertEquals(twoLevels, assessed.method());
            assertTrue(assessed.risks().stream().allMatch(r -> twoLevels.impactScale().contains(r.impact())));
        }
    }

    @Test
    void aDecisionThatDoesNotFitTheMethodIsRefusedAndNothingIsWritten() {
        try (KnowledgeStore store = KnowledgeStores.memory()) {
            RiskKnowledge risks = new RiskKnowledge(store, "m1");
            String id = findings.get(0).id();
            risks.override(new FactorOverride(id, "impact.safety", "severe", "ada", T0, "why"));
            List<Statement> before = store.read(reader -> reader.statements(risks.decisionsGraph()));

            IllegalArgumentException factor = assertThrows(IllegalArgumentException.class,
                    () -> risks.override(new FactorOverride(id, "luck", "high", "ada", T0, "why")));
            assertEquals("override of " + id + ": 'luck' is not a factor of the method 'ISO/SAE 21434 Annex H' (expected one of"
                    + " impact.safety, impact.financial, impact.operational, impact.privacy, feasibility, elapsedTime, expertise,"
                    + " knowledge, window, equipment)", factor.getMessage());
            IllegalArgumentException value = assertThrows(IllegalArgumentException.class,
                    () -> risks.override(new FactorOverride(id, "window", "sometimes", "ada", T0, "why")));
            assertEquals("override of " + id + ": 'sometimes' is not a value of window (expected one of unlimited, easy, moderate,"
                    + " difficult)", value.getMessage());
            IllegalArgumentException residual = assertThrows(IllegalArgumentException.class, () -> risks.treat(
                    new Treatment(id, TreatmentOption.REDUCE, "x", List.of(), "catastrophic", null, "ada", T0)));
            assertEquals("treatment of " + id + ": 'catastrophic' is not a level of the impact scale (expected one of negligible,"
                    + " moderate, major, severe)", residual.getMessage());
            // the stored override says "severe", which the two-level method does not have
            IllegalArgumentException method = assertThrows(IllegalArgumentException.class,
                    () -> risks.setMethod(new StoredMethod(RiskMethodFiles.parse(TWO_LEVELS, "two.json"), "carol", T0)));
            assertEquals("override of " + id + ": 'severe' is not a level of the impact scale (expected one of low, high)",
                    method.getMessage());
            assertEquals(before, store.read(reader -> reader.statements(risks.decisionsGraph())));
            assertEquals(RiskMethod.defaultMethod(), risks.method());
        }
    }

    @Test
    void severalDecisionsAreRecordedInOneTransactionOrNotAtAll() {
        try (KnowledgeStore store = KnowledgeStores.memory()) {
            RiskKnowledge risks = new RiskKnowledge(store, "m1");
            String first = findings.get(0).id();
            String second = findings.get(1).id();
            Treatment good = new Treatment(first, TreatmentOption.REDUCE, "x", List.of(), null, "very low", "ada", T0);
            Treatment bad = new Treatment(second, TreatmentOption.REDUCE, "x", List.of(), "catastrophic", null, "ada", T0);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> risks.treat(List.of(good, bad)));
            assertTrue(refused.getMessage().startsWith("treatment of " + second + ": 'catastrophic'"), refused.getMessage());
            assertEquals(List.of(), store.read(reader -> reader.statements(risks.decisionsGraph())), "nothing was written");
            assertThrows(IllegalArgumentException.class, () -> risks.override(List.of(
                    new FactorOverride(first, "feasibility", "high", "ada", T0, "why"),
                    new FactorOverride(second, "luck", "high", "ada", T0, "why"))));
            assertEquals(List.of(), store.read(reader -> reader.statements(risks.decisionsGraph())), "nothing was written");

            risks.treat(List.of(good, new Treatment(second, TreatmentOption.RETAIN, "y", List.of(), null, null, "bob", T0)));
            risks.treat(List.of(new Treatment(first, TreatmentOption.SHARE, "z", List.of(), null, null, "carol", T0)));
            assertEquals(java.util.Set.of(first + " SHARE carol", second + " RETAIN bob"), risks.decisions().treatments().stream()
                    .map(t -> t.findingId() + " " + t.option() + " " + t.by()).collect(java.util.stream.Collectors.toSet()));
            assertEquals(2, risks.decisions().treatments().size());
        }
    }

    @Test
    void hostileTextIsStoredAndMatchedLiterally() {
        String hostile = "x\" } ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> \"c\" } #\n<script>";
        try (KnowledgeStore store = KnowledgeStores.memory()) {
            RiskKnowledge risks = new RiskKnowledge(store, small.model.getId());
            risks.publish(risks.method(), assess(risks));
            long size = store.read(reader -> reader.size(risks.riskGraph()));
            assertTrue(risks.published(hostile).isEmpty());
            assertEquals(size, (long) store.read(reader -> reader.size(risks.riskGraph())), "the query changed nothing");
            FactorOverride override = new FactorOverride(hostile, "feasibility", "low", hostile, T0, hostile);
            risks.override(override);
            assertEquals(List.of(override), risks.decisions().overrides());
            assertNotEquals(0, size);
        }
    }

    @Test
    void publishedRisksFeedTheComplianceChecks() {
        try (KnowledgeStore store = KnowledgeStores.memory()) {
            RiskKnowledge risks = new RiskKnowledge(store, small.model.getId());
            risks.publish(risks.method(), assess(risks));
            ComplianceReport report = ComplianceCheck.of(small.model, DAY).catalogue(Catalogues.IOTSF)
                    .catalogue(Catalogues.ZVEI_HPR).with(risks.riskStatements()).evaluate();
            ComplianceReport none = ComplianceCheck.of(small.model, DAY).catalogue(Catalogues.ZVEI_HPR).evaluate();
            String zvei15 = Catalogues.ZVEI_HPR + "/1.5";
            assertEquals(ComplianceStatus.MANUAL, status(none, zvei15));
            boolean anyAbove = assess(risks).stream().anyMatch(RiskAssessment::exceedsThreshold);
            assertEquals(anyAbove ? ComplianceStatus.NOT_MET : ComplianceStatus.MET, status(report, zvei15));
            assertEquals(ComplianceStatus.MET, status(report, Catalogues.ZVEI_HPR + "/1.1.d"),
                    "every finding has a risk");
        }
    }

    private static ComplianceStatus status(ComplianceReport report, String clause) {
        return report.clauses().stream().filter(c -> c.iri().equals(clause)).findFirst().orElseThrow().status();
    }
}
