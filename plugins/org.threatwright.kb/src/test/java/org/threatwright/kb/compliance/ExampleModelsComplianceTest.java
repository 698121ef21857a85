package org.threatwright.kb.compliance;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.model.io.ModelFiles;

/**
 * The exact status of every checked clause on the three examples (IoTSF and ZVEI), decided by reading the models:
 * all three name their roles, declare a support period, list supplier, version and assessor for every third-party
 * component, and every element has findings; none has risks yet. The hub's five and the wearable's patch update
 * cannot be switched off by the user; two of the gateway's field-device updates are not signed.
 */
class ExampleModelsComplianceTest {

    private static final String CHECKED = "2.4.3.1 2.4.3.2 2.4.3.9.1 2.4.3.10 2.4.3.22.1 2.4.3.24 2.4.3.26 | 1.1 1.1.c 1.1.d 1.2 1.5 3.4";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "smart-home-hub;     2; met met met manual not-met met met | manual met manual manual manual manual; 5; 1",
            "medical-wearable;   3; met met met manual not-met met met | manual met manual manual manual manual; 1; 0",
            "industrial-gateway; 3; met met met manual met met met | manual met manual manual manual not-met; 0; 0" })
    void statusOfEveryCheckedClause(String example, int declaredClass, String statuses, int userCannotDisable, int notApplicable)
            throws Exception {
        var model = ModelFiles.load(Path.of(System.getProperty("threatwright.examples"), example + ".tw"));
        ComplianceReport report = ComplianceCheck.of(model, LocalDate.of(2026, 1, 15)).catalogue(Catalogues.IOTSF)
                .catalogue(Catalogues.ZVEI_HPR).evaluate();
        assertEquals(declaredClass, report.complianceClass());
        Map<String, String> expected = new LinkedHashMap<>();
        String[] clauses = CHECKED.replace("|", "").trim().split("\\s+");
        String[] values = statuses.replace("|", "").trim().split("\\s+");
        assertEquals(clauses.length, values.length);
        for (int i = 0; i < clauses.length; i++) {
            expected.put((i < 7 ? Catalogues.IOTSF : Catalogues.ZVEI_HPR) + "/" + clauses[i], values[i]);
        }
        Map<String, String> actual = new LinkedHashMap<>();
        for (String iri : expected.keySet()) {
            actual.put(iri, ComplianceReportWriter.key(report.clause(iri).orElseThrow().status()));
        }
        assertEquals(expected, actual);
        var updates = report.clause(Catalogues.IOTSF + "/2.4.3.22.1").orElseThrow().checks().get(0);
        assertEquals(userCannotDisable, updates.violations().size(), () -> updates.violations().toString());
        assertEquals(notApplicable, report.counts().get(ComplianceStatus.NOT_APPLICABLE));
        // every clause without a check needs manual evidence (or is reserved / not applicable): nothing is silently met
        Map<String, Long> unchecked = new TreeMap<>();
        report.clauses().stream().filter(c -> c.checks().isEmpty())
                .forEach(c -> unchecked.merge(ComplianceReportWriter.key(c.status()), 1L, Long::sum));
        assertFalse(unchecked.containsKey("met"));
        assertFalse(unchecked.containsKey("not-met"));
        // every not-met clause names an element with its id
        report.clauses().stream().filter(c -> c.status() == ComplianceStatus.NOT_MET).flatMap(c -> c.checks().stream())
                .flatMap(c -> c.violations().stream()).forEach(v -> assertNotNull(v.elementId(), v.message()));
    }
}
