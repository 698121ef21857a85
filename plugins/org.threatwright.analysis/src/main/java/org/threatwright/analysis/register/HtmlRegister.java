package org.threatwright.analysis.register;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.paths.AttackPath;
import org.threatwright.analysis.paths.EntryPointReach;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.triage.TriageDecision;

/** The threat register as one static HTML page a reviewer reads in a browser or prints. */
final class HtmlRegister {

	private static final String STYLE = """
			body{font:14px/1.45 system-ui,'DejaVu Sans',sans-serif;margin:2em auto;max-width:1100px;color:#1d2330;padding:0 1em}
			h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:2px solid #dde2ea;padding-bottom:.2em}
			.meta{color:#5b6475}.counts span{display:inline-block;margin:.3em .6em .3em 0;padding:.25em .7em;border-radius:1em}
			.critical{background:#7a1020;color:#fff}.high{background:#c2410c;color:#fff}.medium{background:#f2c14e}
			.low{background:#dbe7f5}.info{background:#eef0f3}
			.finding{border:1px solid #dde2ea;border-left-width:6px;border-radius:4px;margin:.8em 0;padding:.6em .9em}
			.sev-critical{border-left-color:#7a1020}.sev-high{border-left-color:#c2410c}.sev-medium{border-left-color:#f2c14e}
			.sev-low{border-left-color:#9bb8dc}.sev-info{border-left-color:#c5cad3}
			.title{font-weight:600}.badge{font-size:.8em;padding:.1em .5em;border-radius:.8em;margin-right:.4em}
			.id{font-family:monospace;font-size:.8em;color:#5b6475;word-break:break-all}.why{margin:.4em 0}
			.status{font-size:.8em;padding:.1em .5em;border:1px solid #5b6475;border-radius:.8em;margin-left:.4em}
			.mitigation{background:#f4f8f1;border-radius:4px;padding:.4em .7em;margin-top:.4em}
			table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e5e8ee;padding:.3em .4em;text-align:left;vertical-align:top}
			.path{margin:.2em 0}.cut{color:#7a1020}
			""";

	private HtmlRegister() {
	}

	static void write(ThreatRegister register, Writer out) throws IOException {
		String product = esc(register.product()) + " " + esc(register.release());
		out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Threat register: " + product
				+ "</title><style>" + STYLE + "</style></head><body>\n");
		out.write("<h1>Threat register: " + product + "</h1>\n<p class=\"meta\">Derived on " + register.evaluationDate()
				+ " by Threatwright from model " + esc(register.modelId()) + ": " + register.findings().size()
				+ " findings, " + register.openCount() + " open.</p>\n<p class=\"counts\">");
		for (Map.Entry<Severity, Integer> count : register.countsBySeverity().entrySet()) {
			out.write("<span class=\"" + count.getKey().label() + "\">" + count.getValue() + " " + count.getKey().label()
					+ "</span>");
		}
		out.write("</p>\n");
		if (!register.failures().isEmpty()) {
			out.write("<h2>Incomplete analysis</h2><ul>");
			for (var failure : register.failures()) {
				out.write("<li><b>" + esc(failure.ruleId()) + "</b>: " + esc(failure.message()) + "</li>");
			}
			out.write("</ul>\n");
		}
		writePaths(register, out);
		writeBlastRadius(register, out);
		for (Severity severity : Severity.values()) {
			List<Finding> findings = register.findings().stream().filter(f -> f.severity() == severity).toList();
			if (!findings.isEmpty()) {
				out.write("<h2 id=\"" + severity.label() + "\">" + capitalised(severity.label()) + " (" + findings.size() + ")</h2>\n");
				for (Finding finding : findings) {
					writeFinding(register, finding, out);
				}
			}
		}
		if (!register.resolved().isEmpty()) {
			out.write("<h2>Resolved</h2><p>Triaged findings the current model no longer gives rise to:</p><ul>");
			for (TriageDecision decision : register.resolved()) {
				out.write("<li><span class=\"id\">" + esc(decision.findingId()) + "</span> was " + decision.status().label()
						+ " by " + esc(decision.by()) + ": " + esc(decision.justification()) + "</li>");
			}
			out.write("</ul>\n");
		}
		out.write("</body></html>\n");
	}

	private static void writePaths(ThreatRegister register, Writer out) throws IOException {
		if (register.attackPaths().isEmpty()) {
			return;
		}
		out.write("<h2>Attack paths</h2>\n<p>From entry points (external parties; interfaces exposed to the internet,"
				+ " to radio range or to physical access) to high-value targets (safety-relevant elements, elements"
				+ " holding data of high confidentiality or integrity), shortest first.</p>\n<table><tr><th>Target</th>"
				+ "<th>Paths</th></tr>\n");
		for (TargetPaths target : register.attackPaths()) {
			out.write("<tr><td><b>" + esc(target.target().getName()) + "</b></td><td>");
			for (AttackPath path : target.paths()) {
				out.write("<div class=\"path\">" + esc(RegisterWriter.describe(path)) + "</div>");
			}
			out.write("<div class=\"cut\">" + esc(RegisterWriter.describeCut(target)) + "</div></td></tr>\n");
		}
		out.write("</table>\n");
	}

	private static void writeBlastRadius(ThreatRegister register, Writer out) throws IOException {
		if (register.blastRadius().isEmpty()) {
			return;
		}
		out.write("<h2>Blast radius of the entry points</h2>\n<p>If an attacker controls an entry point: how many"
				+ " elements they can go on to reach along flows and hosting, and which high-value targets, how many"
				+ " steps away.</p>\n<table><tr><th>Entry point</th><th>Elements reached</th><th>High-value targets"
				+ " reached</th></tr>\n");
		for (EntryPointReach reach : register.blastRadius()) {
			out.write("<tr><td><b>" + esc(reach.entryPoint().getName()) + "</b></td><td>" + reach.reachedElements()
					+ "</td><td>" + reachedTargets(reach) + "</td></tr>\n");
		}
		out.write("</table>\n");
	}

	/** The targets by distance: the two nearest distances by name, the rest counted. */
	private static String reachedTargets(EntryPointReach reach) {
		if (reach.targets().isEmpty()) {
			return "none";
		}
		Map<Integer, List<String>> byDistance = new java.util.TreeMap<>();
		reach.targets().forEach(t -> byDistance.computeIfAbsent(t.steps(), d -> new java.util.ArrayList<>())
				.add(t.target().getName()));
		StringBuilder cell = new StringBuilder("<b>" + reach.targets().size() + "</b>");
		int shown = 0;
		int further = 0;
		for (Map.Entry<Integer, List<String>> group : byDistance.entrySet()) {
			if (shown++ < 2) {
				cell.append("<div>").append(group.getKey()).append(group.getKey() == 1 ? " step: " : " steps: ")
						.append(esc(String.join(", ", group.getValue()))).append("</div>");
			} else {
				further += group.getValue().size();
			}
		}
		if (further > 0) {
			cell.append("<div class=\"meta\">and ").append(further).append(" further away</div>");
		}
		return cell.toString();
	}

	private static void writeFinding(ThreatRegister register, Finding finding, Writer out) throws IOException {
		out.write("<div class=\"finding sev-" + finding.severity().label() + "\"><div><span class=\"badge "
				+ finding.severity().label() + "\">" + finding.severity().label() + "</span><span class=\"title\">"
				+ esc(finding.title()) + "</span> <span class=\"meta\">" + finding.stride().label() + " · "
				+ esc(finding.subjects().stream().map(ElementRef::name).collect(Collectors.joining(", "))) + "</span>");
		TriageDecision decision = register.decisionOf(finding).orElse(null);
		if (decision != null) {
			out.write("<span class=\"status\">" + decision.status().label() + " by " + esc(decision.by()) + ": "
					+ esc(decision.justification()) + "</span>");
		}
		List<String> weaknesses = new java.util.ArrayList<>(RegisterWriter.cwe(finding));
		weaknesses.addAll(RegisterWriter.capec(finding));
		out.write("</div>\n<div class=\"why\">" + esc(finding.explanation()) + "</div>\n<div class=\"mitigation\">"
				+ "<b>Mitigation.</b> " + esc(finding.rule().mitigation()) + "</div>\n<div class=\"id\">" + esc(finding.id())
				+ " · " + String.join(", ", weaknesses) + "</div></div>\n");
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String esc(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
