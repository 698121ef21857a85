package org.threatwright.kb.compliance;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link ComplianceReport} as plain text, JSON, Markdown or a self-contained HTML page. Every form has the
 * per-clause table first (clause, status, short reason), then per clause what was checked, the evidence and the
 * violations, so a reader can follow each status back to model elements by name and id.
 */
public final class ComplianceReportWriter {

    /** Evidence items listed per check in text, Markdown and HTML; JSON lists all. */
    static final int EVIDENCE_SHOWN = 12;

    private ComplianceReportWriter() {
    }

    /** A one-line heading: product, release, class and date. */
    public static String heading(ComplianceReport report) {
        String classNote = report.complianceClass() == report.declaredClass() ? "declared class " + report.complianceClass()
                : "class " + report.complianceClass() + " (the model declares class " + report.declaredClass() + ")";
        return "Compliance of " + report.product() + (report.release() == null ? "" : " " + report.release())
                + ", IoTSF " + classNote + ", analysis of " + report.evaluationDate();
    }

    /** The counts per status in one line: {@code 6 met, 1 not met, ...}. */
    public static String summary(ComplianceReport report) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<ComplianceStatus, Integer> count : report.counts().entrySet()) {
            if (count.getValue() > 0) {
                out.append(out.isEmpty() ? "" : ", ").append(count.getValue()).append(' ').append(count.getKey().label());
            }
        }
        return report.clauses().size() + " clauses: " + out;
    }

    public static void writeText(ComplianceReport report, Writer out) throws IOException {
        out.write(heading(report) + "\n" + summary(report) + "\n");
        String catalogue = null;
        for (ClauseResult clause : report.clauses()) {
            if (!clause.catalogue().equals(catalogue)) {
                catalogue = clause.catalogue();
                out.write("\n" + catalogue + "\n");
                out.write(String.format("  %-10s %-22s %s%n", "clause", "status", "reason"));
            }
            out.write(String.format("  %-10s %-22s %s%n", clause.notation(), clause.status().label(), clause.reason()));
        }
        out.write("\nDetails\n");
        for (ClauseResult clause : report.clauses()) {
            if (clause.checks().isEmpty()) {
                continue;
            }
            out.write("\n" + clause.notation() + " " + clause.title() + " [" + clause.catalogue() + "; " + clause.applicability()
                    + "]: " + clause.status().label().toUpperCase(Locale.ROOT) + "\n");
            for (CheckResult check : clause.checks()) {
                out.write("  check: " + check.label() + ": " + check.status().label() + "\n");
                out.write("    what is checked: " + check.description() + "\n");
                out.write("    result: " + check.reason() + "\n");
                for (Violation violation : check.violations()) {
                    out.write("    VIOLATION " + violation.message() + idSuffix(violation.elementId()) + "\n");
                }
                List<Evidence> evidence = check.evidence();
                for (int i = 0; i < Math.min(EVIDENCE_SHOWN, evidence.size()); i++) {
                    out.write("    evidence: " + evidence.get(i).describe() + idSuffix(evidence.get(i).elementId()) + "\n");
                }
                if (evidence.size() > EVIDENCE_SHOWN) {
                    out.write("    evidence: ... and " + (evidence.size() - EVIDENCE_SHOWN) + " more (all in --format json)\n");
                }
                if (check.manualPart() != null) {
                    out.write("    not checked (needs manual evidence): " + check.manualPart() + "\n");
                }
            }
        }
    }

    private static String idSuffix(String id) {
        return id == null ? "" : " [id " + id + "]";
    }

    public static void writeJson(ComplianceReport report, Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectNode root = mapper.createObjectNode();
        root.put("product", report.product());
        root.put("release", report.release());
        root.put("modelId", report.modelId());
        root.put("evaluationDate", report.evaluationDate().toString());
        root.put("complianceClass", report.complianceClass());
        root.put("declaredClass", report.declaredClass());
        ObjectNode counts = root.putObject("counts");
        report.counts().forEach((status, count) -> counts.put(key(status), count));
        ArrayNode clauses = root.putArray("clauses");
        for (ClauseResult clause : report.clauses()) {
            ObjectNode c = clauses.addObject();
            c.put("catalogue", clause.schemeIri());
            c.put("clause", clause.iri());
            c.put("notation", clause.notation());
            c.put("title", clause.title());
            c.put("applicability", clause.applicability());
            c.put("status", key(clause.status()));
            c.put("reason", clause.reason());
            ArrayNode checks = c.putArray("checks");
            for (CheckResult check : clause.checks()) {
                ObjectNode k = checks.addObject();
                k.put("check", check.iri());
                k.put("label", check.label());
                k.put("description", check.description());
                k.put("status", key(check.status()));
                k.put("reason", check.reason());
                if (check.manualPart() != null) {
                    k.put("manualPart", check.manualPart());
                }
                ArrayNode violations = k.putArray("violations");
                for (Violation violation : check.violations()) {
                    ObjectNode v = violations.addObject();
                    v.put("focus", violation.focusIri());
                    v.put("id", violation.elementId());
                    v.put("name", violation.name());
                    v.put("message", violation.message());
                }
                ArrayNode evidence = k.putArray("evidence");
                for (Evidence item : check.evidence()) {
                    ObjectNode e = evidence.addObject();
                    e.put("item", item.itemIri());
                    e.put("id", item.elementId());
                    e.put("name", item.name());
                    e.put("detail", item.detail());
                }
            }
        }
        mapper.writeValue(out, root);
        out.write("\n");
    }

    /** The status as JSON writes it: {@code met}, {@code not-met}, {@code not-applicable}, {@code manual}, {@code reserved}. */
    public static String key(ComplianceStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static void writeMarkdown(ComplianceReport report, Writer out) throws IOException {
        out.write("# " + md(heading(report)) + "\n\n" + md(summary(report)) + "\n");
        String catalogue = null;
        for (ClauseResult clause : report.clauses()) {
            if (!clause.catalogue().equals(catalogue)) {
                catalogue = clause.catalogue();
                out.write("\n## " + md(catalogue) + "\n\n| clause | title | status | reason |\n|---|---|---|---|\n");
            }
            out.write("| " + md(clause.notation()) + " | " + md(clause.title()) + " | " + md(clause.status().label()) + " | "
                    + md(clause.reason()) + " |\n");
        }
        out.write("\n## Details\n");
        for (ClauseResult clause : report.clauses()) {
            if (clause.checks().isEmpty()) {
                continue;
            }
            out.write("\n### " + md(clause.notation() + " " + clause.title()) + " — " + md(clause.status().label()) + "\n\n");
            out.write("*" + md(clause.catalogue() + "; " + clause.applicability()) + "*\n\n");
            for (CheckResult check : clause.checks()) {
                out.write("- **" + md(check.label()) + "**: " + md(check.status().label()) + ". " + md(check.description()) + "\n");
                out.write("  - result: " + md(check.reason()) + "\n");
                for (Violation violation : check.violations()) {
                    out.write("  - violation: " + md(violation.message()) + idSuffix(violation.elementId()) + "\n");
                }
                List<Evidence> evidence = check.evidence();
                for (int i = 0; i < Math.min(EVIDENCE_SHOWN, evidence.size()); i++) {
                    out.write("  - evidence: " + md(evidence.get(i).describe()) + idSuffix(evidence.get(i).elementId()) + "\n");
                }
                if (evidence.size() > EVIDENCE_SHOWN) {
                    out.write("  - evidence: … and " + (evidence.size() - EVIDENCE_SHOWN) + " more\n");
                }
                if (check.manualPart() != null) {
                    out.write("  - not checked (needs manual evidence): " + md(check.manualPart()) + "\n");
                }
            }
        }
    }

    /** Escapes what Markdown tables and emphasis would take as markup. */
    static String md(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '|', '*', '_', '`', '[', ']', '<', '>', '#', '\\' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static void writeHtml(ComplianceReport report, Writer out) throws IOException {
        ComplianceHtml.write(report, out);
    }
}
