package org.threatwright.kb.compliance;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.model.io.ModelFiles;

class ScratchPrintTest {
    @Test
    void print() throws Exception {
        for (String name : new String[] { "smart-home-hub", "medical-wearable", "industrial-gateway" }) {
            var model = ModelFiles.load(Path.of(System.getProperty("threatwright.examples"), name + ".tw"));
            var report = ComplianceCheck.of(model, LocalDate.of(2026, 1, 15)).catalogue(Catalogues.IOTSF).catalogue(Catalogues.ZVEI_HPR).evaluate();
            StringWriter out = new StringWriter();
            ComplianceReportWriter.writeText(report, out);
            System.out.println(out);
        }
    }
}
