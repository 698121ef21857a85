package org.threatwright.kb.compliance;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The compliance report as one self-contained HTML page (inline CSS, no scripts), every text escaped. */
final class ComplianceHtml {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:1100px;color:#1d2430;line-height:1.4}
            h1{font-size:1.5em;margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}
            h3{font-size:1.05em;margin:1.4em 0 .3em}
            table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #d0d7de;padding:.35em .5em;text-align:left;vertical-align:top}
            th{background:#f3f5f8}td.n{white-space:nowrap;font-family:ui-monospace,monospace}
            .s{display:inline-block;padding:.05em .5em;border-radius:.8em;font-size:.85em;font-weight:600;white-space:nowrap}
            .met{background:#dcf5e3;color:#14592c}.not-met{background:#fde2e1;color:#8a1c16}.manual{background:#fff3cd;color:#6b4f00}
            .not-applicable,.reserved{background:#eceff3;color:#59636e}
            .meta{color:#59636e}.check{margin:.4em 0 .8em 1em}.check p{margin:.2em 0}
            ul{margin:.2em 0 .2em 1.2em;padding:0}li.v{color:#8a1c16}code{font-size:.9em}
            """;

    private ComplianceHtml() {
    }

    static void write(ComplianceReport report, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(ComplianceReportWriter.heading(report))
                + "</title>\n<style>" + STYLE + "</style></head><body>\n");
        out.write("<h1>Compliance of " + esc(report.product()) + (report.release() == null ? "" : " " + esc(report.release()))
                + "</h1>\n<p class=\"meta\">" + esc(ComplianceReportWriter.heading(report)) + "<br>"
                + esc(ComplianceReportWriter.summary(report)) + "</p>\n");
        String catalogue = null;
        for (ClauseResult clause : report.clauses()) {
            if (!clause.catalogue().equals(catalogue)) {
                if (catalogue != null) {
                    out.write("</tbody></table>\n");
                }
                catalogue = clause.catalogue();
                out.write("<h2>" + esc(catalogue) + "</h2>\n<table><thead><tr><th>clause</th><th>title</th><th>applicability</th>"
                        + "<th>status</th><th>reason</th></tr></thead><tbody>\n");
            }
            String anchor = clause.checks().isEmpty() ? esc(clause.notation())
                    : "<a href=\"#" + anchor(clause) + "\">" + esc(clause.notation()) + "</a>";
            out.write("<tr><td class=\"n\">" + anchor + "</td><td>" + esc(clause.title()) + "</td><td>"
                    + esc(clause.applicability()) + "</td><td>" + badge(clause.status()) + "</td><td>" + esc(clause.reason())
                    + "</td></tr>\n");
        }
        if (catalogue != null) {
            out.write("</tbody></table>\n");
        }
        out.write("<h2>Details</h2>\n");
        for (ClauseResult clause : report.clauses()) {
            if (!clause.checks().isEmpty()) {
                writeDetails(clause, out);
            }
        }
        out.write("</body></html>\n");
    }

    private static void writeDetails(ClauseResult clause, Writer out) throws IOException {
        out.write("<h3 id=\"" + anchor(clause) + "\">" + esc(clause.notation() + " " + clause.title()) + " "
                + badge(clause.status()) + "</h3>\n<p class=\"meta\">" + esc(clause.catalogue() + "; " + clause.applicability())
                + "</p>\n");
        for (CheckResult check : clause.checks()) {
            out.write("<div class=\"check\"><p><strong>" + esc(check.label()) + "</strong> " + badge(check.status())
                    + "</p>\n<p class=\"meta\">What is checked: " + esc(check.description()) + "</p>\n<p>" + esc(check.reason())
                    + "</p>\n<ul>");
            for (Violation violation : check.violations()) {
                out.write("<li class=\"v\">" + esc(violation.message()) + id(violation.elementId()) + "</li>");
            }
            List<Evidence> evidence = check.evidence();
            for (int i = 0; i < Math.min(ComplianceReportWriter.EVIDENCE_SHOWN, evidence.size()); i++) {
                out.write("<li>" + esc(evidence.get(i).describe()) + id(evidence.get(i).elementId()) + "</li>");
            }
            if (evidence.size() > ComplianceReportWriter.EVIDENCE_SHOWN) {
                out.write("<li>… and " + (evidence.size() - ComplianceReportWriter.EVIDENCE_SHOWN) + " more</li>");
            }
            if (check.manualPart() != null) {
                out.write("<li>Not checked, needs manual evidence: " + esc(check.manualPart()) + "</li>");
            }
            out.write("</ul></div>\n");
        }
    }

    private static String anchor(ClauseResult clause) {
        return "c-" + Integer.toHexString(clause.iri().hashCode()) + "-" + clause.notation().replaceAll("[^A-Za-z0-9.]", "");
    }

    private static String badge(ComplianceStatus status) {
        return "<span class=\"s " + ComplianceReportWriter.key(status) + "\">" + esc(status.label()) + "</span>";
    }

    private static String id(String elementId) {
        return elementId == null ? "" : " <code>" + esc(elementId) + "</code>";
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
