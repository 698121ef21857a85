package org.threatwright.kb.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.threatwright.kb.ontology.internal.JenaStatements;
import org.threatwright.kb.store.Statement;

/**
 * Risks, requirements, controls, evidence and design decisions are not produced by code yet; these hand-written
 * records show the ontology can say what the compliance texts ask for, and that the shapes check them.
 */
class RecordsShapesTest {

    private static final String PREFIXES = """
            @prefix tw: <https://threatwright.org/ontology#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix id: <https://threatwright.org/id/> .
            @prefix iotsf: <https://threatwright.org/catalogue/iotsf/> .
            """;

    private static final String RECORDS = PREFIXES + """
            id:risk-1 a tw:Risk ; prov:wasDerivedFrom <https://threatwright.org/id/finding/iot-debug-port@hub-uart> ;
                tw:impact tw:RiskHigh ; tw:feasibility tw:RiskMedium ; tw:riskLevel tw:RiskHigh ; tw:treatment tw:TreatmentReduce ;
                tw:affects id:element\\/hub .
            id:req-1 a tw:SecurityRequirement ; dcterms:identifier "REQ-1" ;
                dcterms:description "Debug interfaces are disabled on production units." ;
                prov:wasDerivedFrom id:risk-1 ; tw:addressesClause iotsf:2.4.3.24 .
            id:control-1 a tw:Control ; dcterms:title "JTAG and UART fused at end-of-line test" ;
                tw:implementsRequirement id:req-1 ; tw:mitigates id:risk-1 .
            id:evidence-1 a tw:VerificationEvidence ; tw:verifies id:control-1 ; tw:verificationResult tw:VerificationPassed ;
                dcterms:created "2026-11-02"^^xsd:date ; tw:evidenceLocation "https://ci.example/runs/42"^^xsd:anyURI .
            id:decision-1 a tw:DesignDecision ; dcterms:title "Keep a serial console for RMA behind a signed unlock token" ;
                tw:rationale "Returns analysis needs a console; a per-unit signed token keeps it closed in the field." ;
                tw:alternativeConsidered "Remove the console: RMA analysis would need board rework." ;
                tw:decisionStatus tw:DecisionAccepted ; tw:concerns id:control-1 .
            """;

    @Test
    void wellFormedRecordsConform() {
        ValidationReport report = Rdf.validate(statements(RECORDS));
        assertTrue(report.conforms(), Rdf.describe(report));
    }

    @Test
    void aDecisionWithoutRationaleAndEvidenceWithTwoResultsDoNot() {
        String broken = RECORDS.replace("tw:rationale \"Returns analysis needs a console; a per-unit signed token keeps it closed in the field.\" ;", "")
                .replace("tw:verificationResult tw:VerificationPassed", "tw:verificationResult tw:VerificationPassed, tw:VerificationFailed");
        ValidationReport report = Rdf.validate(statements(broken));
        assertEquals(2, report.getEntries().size(), Rdf.describe(report));
    }

    private static List<Statement> statements(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
        return JenaStatements.toStatements(graph);
    }
}
