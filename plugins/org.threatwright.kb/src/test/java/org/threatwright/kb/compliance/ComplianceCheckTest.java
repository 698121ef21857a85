package org.threatwright.kb.compliance;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.engine.RuleFailure;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.kb.catalogue.CatalogueConcept;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.ontology.Iris;
import org.threatwright.kb.ontology.TW;
import org.threatwright.kb.store.Statement;
import org.threatwright.kb.store.Term;
import org.threatwright.model.ComplianceClass;
import org.threatwright.model.ComponentOrigin;
import org.threatwright.model.RoleKind;
import org.threatwright.model.SmallModels;

/** Each check met on the small model and broken by exactly one change; class applicability; clause completeness. */
class ComplianceCheckTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);
    private static final String IOTSF = Catalogues.IOTSF + "/";
    private static final String ZVEI = Catalogues.ZVEI_HPR + "/";

    private static ComplianceReport check(SmallModels small) {
        return ComplianceCheck.of(small.model, DAY).catalogue(Catalogues.IOTSF).catalogue(Catalogues.ZVEI_HPR).evaluate();
    }

    private static ClauseResult clause(ComplianceReport report, String iri) {
        return report.clause(iri).orElseThrow(() -> new AssertionError("no clause " + iri));
    }

    private static CheckResult check(ClauseResult clause, String label) {
        return clause.checks().stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(clause.notation() + " has no check " + label));
    }

    private static SmallModels small() {
        SmallModels small = new SmallModels();
        small.hub.getUpdateMechanism().setUserCanDisable(true);
        return small;
    }

    @Test
    void theSmallModelMeetsEveryCheckThatNeedsNoRisks() {
        ComplianceReport report = check(small());
        for (String notation : List.of("2.4.3.1", "2.4.3.2", "2.4.3.9.1", "2.4.3.22.1", "2.4.3.24", "2.4.3.26")) {
            assertEquals(ComplianceStatus.MET, clause(report, IOTSF + notation).status(), notation);
        }
        assertEquals(ComplianceStatus.MET, clause(report, ZVEI + "1.1.c").status());
        assertFalse(report.hasNotMet(), () -> report.clauses().toString());
        ClauseResult assessed = clause(report, IOTSF + "2.4.3.24");
        assertEquals("Third-party components, each with a named assessor: 1.", assessed.reason());
        Evidence tls = assessed.checks().get(0).evidence().get(0);
        assertEquals("Mbed TLS (assessed by Ada Owner)", tls.describe());
    }

    @Test
    void aMissingProductSecurityOwnerFailsClause1() {
        SmallModels small = small();
        small.model.getRoles().removeIf(role -> role.getKind() == RoleKind.PRODUCT_SECURITY_OWNER);
        ComplianceReport report = check(small);
        ClauseResult clause = clause(report, IOTSF + "2.4.3.1");
        assertEquals(ComplianceStatus.NOT_MET, clause.status());
        Violation violation = clause.checks().get(0).violations().get(0);
        assertEquals("The product Test hub names no product security owner: assign the role productSecurityOwner to a named person.",
                violation.message());
        assertEquals(small.model.getId(), violation.elementId());
        assertEquals(ComplianceStatus.MET, clause(report, IOTSF + "2.4.3.2").status());
        assertTrue(report.hasNotMet());
    }

    @Test
    void aMissingComplianceOwnerFailsClause2() {
        SmallModels small = small();
        small.model.getRoles().removeIf(role -> role.getKind() == RoleKind.COMPLIANCE_OWNER);
        assertEquals(ComplianceStatus.NOT_MET, clause(check(small), IOTSF + "2.4.3.2").status());
    }

    @Test
    void aMissingOrEndedSupportPeriodFailsClause9_1() {
        SmallModels small = small();
        small.model.setSupportedUntil(null);
        ClauseResult missing = clause(check(small), IOTSF + "2.4.3.9.1");
        assertEquals(ComplianceStatus.NOT_MET, missing.status());
        assertEquals("The product Test hub declares no end of its security support period (supportedUntil).", missing.reason());
        small.model.setSupportedUntil(LocalDate.of(2025, 12, 31));
        ClauseResult ended = clause(check(small), IOTSF + "2.4.3.9.1");
        assertEquals(ComplianceStatus.NOT_MET, ended.status());
        assertTrue(ended.reason().contains("until 2025-12-31, which is before the evaluation date 2026-01-15"), ended.reason());
    }

    @Test
    void anUpdateTheUserCannotSwitchOffFailsClause22_1() {
        SmallModels small = new SmallModels();
        small.hub.getUpdateMechanism().setName("Hub OTA");
        ClauseResult clause = clause(check(small), IOTSF + "2.4.3.22.1");
        assertEquals(ComplianceStatus.NOT_MET, clause.status());
        Violation violation = clause.checks().get(0).violations().get(0);
        assertEquals("The update mechanism Hub OTA of Hub does not let the user turn updating off (userCanDisable is false).",
                violation.message());
        assertEquals(small.hub.getUpdateMechanism().getId(), violation.elementId());
    }

    @Test
    void withoutUpdateMechanismsClause22_1NeedsManualEvidence() {
        SmallModels small = small();
        small.hub.setUpdateMechanism(null);
        ClauseResult clause = clause(check(small), IOTSF + "2.4.3.22.1");
        assertEquals(ComplianceStatus.MANUAL, clause.status());
        assertTrue(clause.reason().startsWith("The model has no update mechanism"), clause.reason());
    }

    @Test
    void aThirdPartyComponentWithoutAssessorFailsClause24() {
        SmallModels small = small();
        small.tls.setAssessor(null);
        ClauseResult clause = clause(check(small), IOTSF + "2.4.3.24");
        assertEquals(ComplianceStatus.NOT_MET, clause.status());
        Violation violation = clause.checks().get(0).violations().get(0);
        assertEquals(small.tls.getId(), violation.elementId());
        assertEquals("Mbed TLS", violation.name());
        assertTrue(violation.message().startsWith("The third-party component Mbed TLS (openSource) names no assessor"));
    }

    @Test
    void withoutThirdPartyComponentsClause24NeedsManualEvidence() {
        SmallModels small = small();
        small.tls.setOrigin(ComponentOrigin.IN_HOUSE);
        assertEquals(ComplianceStatus.MANUAL, clause(check(small), IOTSF + "2.4.3.24").status());
    }

    @Test
    void anIncompleteInventoryFailsClause26() {
        SmallModels small = small();
        small.tls.setSupplier(null);
        small.tls.setVersion(null);
        ClauseResult clause = clause(check(small), IOTSF + "2.4.3.26");
        assertEquals(ComplianceStatus.NOT_MET, clause.status());
        assertEquals("The third-party component Mbed TLS lacks its supplier and its version in the inventory.", clause.reason());

        SmallModels unstated = small();
        unstated.firmware.setOrigin(ComponentOrigin.UNSPECIFIED);
        ClauseResult origin = clause(check(unstated), IOTSF + "2.4.3.26");
        assertEquals(ComplianceStatus.NOT_MET, origin.status());
        assertEquals(unstated.firmware.getId(), check(origin, "Every component says whether it is third-party").violations().get(0).elementId());
    }

    @Test
    void threatCoverageNeedsAFindingPerElementAndACompleteRun() {
        SmallModels small = small();
        ThreatRegister empty = new ThreatRegister(small.model.getId(), small.model.getName(), "1.0", DAY, List.of(),
                List.of(new RuleFailure("stride-process-spoofing", "boom")), List.of(), List.of(), Map.of());
        ComplianceReport report = ComplianceCheck.of(small.model, empty).catalogue(Catalogues.ZVEI_HPR).evaluate();
        ClauseResult clause = clause(report, ZVEI + "1.1.c");
        assertEquals(ComplianceStatus.NOT_MET, clause.status());
        CheckResult coverage = check(clause, "The threat analysis covers every element and flow");
        // 5 elements and 2 flows, none with a finding
        assertEquals(7, coverage.violations().size());
        assertTrue(coverage.violations().stream().anyMatch(v -> v.message().equals(
                "No finding of the threat analysis concerns Hub: the analysis does not show that it was examined.")));
        CheckResult complete = check(clause, "The threat analysis ran completely");
        assertEquals(ComplianceStatus.NOT_MET, complete.status());
        assertEquals("The threat analysis of 2026-01-15 is incomplete: at least one rule failed, so some threats may be missing.",
                complete.violations().get(0).message());
        // the full analysis of the small model covers every element
        CheckResult full = check(clause(check(small), ZVEI + "1.1.c"), "The threat analysis covers every element and flow");
        assertEquals(ComplianceStatus.MET, full.status(), () -> full.violations().toString());
        assertEquals(7, full.evidence().size());
    }

    @Test
    void withoutRisksTheRiskClausesNeedManualEvidence() {
        ComplianceReport report = check(small());
        for (String iri : List.of(IOTSF + "2.4.3.10", ZVEI + "1.1", ZVEI + "1.1.d", ZVEI + "1.2", ZVEI + "1.5")) {
            assertEquals(ComplianceStatus.MANUAL, clause(report, iri).status(), iri);
        }
        assertTrue(clause(report, IOTSF + "2.4.3.10").reason().startsWith("The model shows: "));
        assertTrue(clause(report, ZVEI + "1.5").reason().startsWith("No risks are recorded yet"));
    }

    @Test
    void risksAboveTheThresholdMustBeTreatedAndHaveRequirements() {
        SmallModels small = small();
        String finding = Iris.finding(firstFindingId(small));
        String risk = "https://threatwright.org/id/risk/r1";
        List<Statement> risks = new ArrayList<>(List.of(
                st(risk, TW.RDF_TYPE, Term.iri(TW.RISK)), st(risk, TW.DCTERMS_TITLE, Term.literal("Hub takeover")),
                st(risk, TW.PROV_WAS_DERIVED_FROM, Term.iri(finding)), st(risk, TW.NS + "riskLevel", Term.iri(TW.NS + "RiskHigh")),
                st(risk, TW.RISK_VALUE, Term.typed("4", TW.XSD_INTEGER)),
                st(risk, TW.EXCEEDS_THRESHOLD, Term.typed("true", TW.XSD_BOOLEAN))));
        ComplianceReport open = ComplianceCheck.of(small.model, DAY).catalogue(Catalogues.ZVEI_HPR).with(risks).evaluate();
        assertEquals(ComplianceStatus.NOT_MET, clause(open, ZVEI + "1.5").status());
        assertEquals("The risk Hub takeover has value 4, above the acceptance threshold, and is not treated.",
                clause(open, ZVEI + "1.5").reason());
        assertEquals(ComplianceStatus.NOT_MET, clause(open, ZVEI + "1.2").status());
        // only one finding has a risk, the others have none
        assertEquals(ComplianceStatus.NOT_MET, clause(open, ZVEI + "1.1.d").status());

        String requirement = "https://threatwright.org/id/requirement/q1";
        risks.add(st(risk, TW.NS + "treatment", Term.iri(TW.NS + "TreatmentReduce")));
        risks.add(st(risk, TW.RESIDUAL_EXCEEDS_THRESHOLD, Term.typed("true", TW.XSD_BOOLEAN)));
        ComplianceReport stillAbove = ComplianceCheck.of(small.model, DAY).catalogue(Catalogues.ZVEI_HPR).with(risks).evaluate();
        assertEquals("The risk Hub takeover has value 4, above the acceptance threshold, and is treated but its residual"
                + " value is still above the threshold.", clause(stillAbove, ZVEI + "1.5").reason());
        risks.remove(risks.size() - 1);
        risks.add(st(risk, TW.RESIDUAL_EXCEEDS_THRESHOLD, Term.typed("false", TW.XSD_BOOLEAN)));
        risks.add(st(risk, TW.RESIDUAL_RISK_VALUE, Term.typed("2", TW.XSD_INTEGER)));
        risks.add(st(requirement, TW.RDF_TYPE, Term.iri(TW.SECURITY_REQUIREMENT)));
        risks.add(st(requirement, TW.PROV_WAS_DERIVED_FROM, Term.iri(risk)));
        ComplianceReport treated = ComplianceCheck.of(small.model, DAY).catalogue(Catalogues.ZVEI_HPR).with(risks).evaluate();
        assertEquals(ComplianceStatus.MET, clause(treated, ZVEI + "1.5").status());
        assertEquals(ComplianceStatus.MET, clause(treated, ZVEI + "1.2").status());
        assertEquals("Hub takeover (1 requirements)", clause(treated, ZVEI + "1.2").checks().get(0).evidence().get(0).describe());
    }

    private static String firstFindingId(SmallModels small) {
        return new org.threatwright.analysis.engine.ThreatAnalysis(small.model,
                org.threatwright.analysis.rules.BuiltInRules.all(), DAY).run().findings().get(0).id();
    }

    private static Statement st(String subject, String predicate, Term object) {
        return Statement.of(Term.iri(subject), predicate, object);
    }

    @Test
    void unsignedUpdatesFailZvei3_4AndSignedOnesStillNeedTheProcess() {
        SmallModels small = small();
        ClauseResult signed = clause(check(small), ZVEI + "3.4");
        assertEquals(ComplianceStatus.MANUAL, signed.status());
        assertTrue(signed.reason().contains("Still needs manual evidence: that updates are published in a time frame"));
        small.hub.getUpdateMechanism().setSigned(false);
        assertEquals(ComplianceStatus.NOT_MET, clause(check(small), ZVEI + "3.4").status());
    }

    @Test
    void clausesAboveTheAssessedClassAreNotApplicable() {
        SmallModels small = small();
        small.tls.setAssessor(null);
        small.model.setComplianceClass(ComplianceClass.CLASS0);
        ComplianceReport report = check(small);
        assertEquals(0, report.complianceClass());
        ClauseResult assessed = clause(report, IOTSF + "2.4.3.24");
        assertEquals(ComplianceStatus.NOT_APPLICABLE, assessed.status(), "mandatory from class 2");
        assertEquals("Mandatory from class 2; the product is assessed as class 0.", assessed.reason());
        assertEquals(ComplianceStatus.NOT_MET, assessed.checks().get(0).status(), "the check still runs, for information");
        assertEquals(ComplianceStatus.NOT_APPLICABLE, clause(report, IOTSF + "2.4.3.10").status(), "mandatory from class 1");
        assertEquals(ComplianceStatus.MET, clause(report, IOTSF + "2.4.3.26").status(), "mandatory for all classes");
        assertFalse(report.hasNotMet());
        ComplianceReport overridden = ComplianceCheck.of(small.model, DAY).complianceClass(2).evaluate();
        assertEquals(ComplianceStatus.NOT_MET, clause(overridden, IOTSF + "2.4.3.24").status());
        assertEquals(0, overridden.declaredClass());
        assertThrows(IllegalArgumentException.class, () -> ComplianceCheck.of(small.model, DAY).complianceClass(5));
    }

    @Test
    void everyClauseOfEachCatalogueAppearsExactlyOnce() {
        Catalogues catalogues = Catalogues.builtIn();
        for (String scheme : List.of(Catalogues.IOTSF, Catalogues.ZVEI_HPR, Catalogues.ETSI_EN_303_645, Catalogues.IEC_62443_4_1)) {
            ComplianceReport report = ComplianceCheck.of(small().model, DAY).catalogue(scheme).evaluate();
            List<String> expected = catalogues.concepts(scheme).stream().filter(c -> c.isRequirement() || c.reserved())
                    .map(CatalogueConcept::iri).toList();
            assertEquals(expected, report.clauses().stream().map(ClauseResult::iri).toList(), scheme);
        }
        ComplianceReport iotsf = ComplianceCheck.of(small().model, DAY).evaluate();
        assertEquals(32, iotsf.clauses().size(), "30 requirements and 2 reserved numbers");
        assertEquals(ComplianceStatus.RESERVED, clause(iotsf, IOTSF + "2.4.3.3").status());
        assertEquals(ComplianceStatus.RESERVED, clause(iotsf, IOTSF + "2.4.3.15").status());
        assertEquals(ComplianceStatus.MANUAL, clause(iotsf, IOTSF + "2.4.3.7").status(), "a policy: no automated check");
    }

    @Test
    void everyCheckIsTiedToAClauseThatExists() {
        Catalogues catalogues = Catalogues.builtIn();
        List<String> clauses = ComplianceShapes.builtIn().checkedClauses();
        assertEquals(13, clauses.size(), clauses::toString);
        for (String clause : clauses) {
            CatalogueConcept concept = catalogues.concept(clause).orElseThrow(() -> new AssertionError("no clause " + clause));
            assertTrue(concept.isRequirement(), clause);
        }
    }

    @Test
    void writersEscapeAndListEveryClause() throws Exception {
        SmallModels small = small();
        small.model.setName("Hub <script>alert(1)</script> | *bold*");
        ComplianceReport report = check(small);
        StringWriter html = new StringWriter();
        ComplianceReportWriter.writeHtml(report, html);
        assertFalse(html.toString().contains("<script>"));
        assertTrue(html.toString().contains("Hub &lt;script&gt;alert(1)&lt;/script&gt;"));
        StringWriter md = new StringWriter();
        ComplianceReportWriter.writeMarkdown(report, md);
        assertTrue(md.toString().contains("Hub \\<script\\>alert(1)\\</script\\> \\| \\*bold\\*"));
        StringWriter text = new StringWriter();
        ComplianceReportWriter.writeText(report, text);
        for (ClauseResult clause : report.clauses()) {
            assertTrue(text.toString().contains("  " + clause.notation() + " "), clause.notation());
        }
        StringWriter json = new StringWriter();
        ComplianceReportWriter.writeJson(report, json);
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toString());
        assertEquals(report.clauses().size(), root.get("clauses").size());
        assertEquals("met", root.get("clauses").get(0).get("status").asText());
    }
}
