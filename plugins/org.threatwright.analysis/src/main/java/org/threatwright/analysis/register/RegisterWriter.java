package org.threatwright.analysis.register;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.paths.AttackPath;
import org.threatwright.analysis.paths.AttackStep;
import org.threatwright.analysis.paths.EntryPointReach;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Writes a threat register as JSON (the documented, stable form: docs/threat-register.md), CSV (one row per
 * finding, for spreadsheets and trackers) or Markdown (for merge requests and wikis). Output depends only on
 * the register, so two runs on the same model and day are byte-identical.
 */
public final class RegisterWriter {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
	private static final List<String> CSV_COLUMNS = List.of("id", "ruleId", "family", "stride", "severity", "title",
			"elements", "elementIds", "explanation", "status", "justification", "cwe", "capec", "mitigation");

	private RegisterWriter() {
	}

	public static void writeJson(ThreatRegister register, Writer out) throws IOException {
		Map<String, Object> json = new LinkedHashMap<>();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("id", register.modelId());
		model.put("name", register.product());
		model.put("release", register.release());
		json.put("model", model);
		json.put("evaluationDate", register.evaluationDate().toString());
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("findings", register.findings().size());
		summary.put("open", register.openCount());
		Map<String, Integer> bySeverity = new LinkedHashMap<>();
		register.countsBySeverity().forEach((severity, count) -> bySeverity.put(severity.label(), count));
		summary.put("bySeverity", bySeverity);
		summary.put("complete", register.failures().isEmpty());
		json.put("summary", summary);
		json.put("findings", register.findings().stream().map(finding -> findingJson(register, finding)).toList());
		json.put("attackPaths", register.attackPaths().stream().map(RegisterWriter::targetJson).toList());
		json.put("blastRadius", register.blastRadius().stream().map(RegisterWriter::reachJson).toList());
		json.put("resolvedTriage", register.resolved().stream().map(RegisterWriter::decisionJson).toList());
		json.put("ruleFailures", register.failures().stream()
				.map(failure -> Map.of("ruleId", failure.ruleId(), "message", failure.message())).toList());
		JSON.writeValue(out, json);
		out.write('\n');
	}

	private static Map<String, Object> decisionJson(TriageDecision decision) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("findingId", decision.findingId());
		json.put("status", decision.status().label());
		json.put("justification", decision.justification());
		json.put("by", decision.by());
		json.put("at", decision.at().toString());
		return json;
	}

	private static Map<String, Object> findingJson(ThreatRegister register, Finding finding) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", finding.id());
		json.put("ruleId", finding.ruleId());
		json.put("family", finding.rule().family().label());
		json.put("stride", finding.stride().label());
		json.put("severity", finding.severity().label());
		json.put("title", finding.title());
		List<Map<String, String>> elements = new ArrayList<>();
		for (ElementRef element : finding.subjects()) {
			Map<String, String> ref = new LinkedHashMap<>();
			ref.put("id", element.id());
			ref.put("name", element.name());
			ref.put("kind", element.kind());
			elements.add(ref);
		}
		json.put("elements", elements);
		json.put("explanation", finding.explanation());
		json.put("status", register.statusOf(finding).label());
		register.decisionOf(finding).ifPresent(decision -> json.put("triage", decisionJson(decision)));
		json.put("cwe", cwe(finding));
		json.put("capec", capec(finding));
		json.put("mitigation", finding.rule().mitigation());
		json.put("references", finding.rule().references());
		return json;
	}

	private static Map<String, Object> targetJson(TargetPaths target) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("target", ref(target.target()));
		List<Map<String, Object>> paths = new ArrayList<>();
		for (AttackPath path : target.paths()) {
			Map<String, Object> pathJson = new LinkedHashMap<>();
			pathJson.put("entryPoint", ref(path.entryPoint()));
			pathJson.put("length", path.length());
			pathJson.put("steps", path.steps().stream().map(RegisterWriter::stepJson).toList());
			pathJson.put("boundariesCrossed", path.boundariesCrossed().stream().map(RegisterWriter::ref).toList());
			paths.add(pathJson);
		}
		json.put("paths", paths);
		json.put("minimumCut", target.minimumCut().stream().map(RegisterWriter::stepJson).toList());
		return json;
	}

	private static Map<String, Object> reachJson(EntryPointReach reach) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("entryPoint", ref(reach.entryPoint()));
		json.put("reachedElements", reach.reachedElements());
		List<Map<String, Object>> targets = new ArrayList<>();
		for (EntryPointReach.TargetDistance target : reach.targets()) {
			Map<String, Object> targetJson = new LinkedHashMap<>();
			targetJson.put("target", ref(target.target()));
			targetJson.put("steps", target.steps());
			targets.add(targetJson);
		}
		json.put("targetsReached", targets);
		return json;
	}

	/** One sentence on an entry point's blast radius, naming the five nearest high-value targets. */
	public static String describeReach(EntryPointReach reach) {
		int shown = Math.min(5, reach.targets().size());
		String nearest = reach.targets().subList(0, shown).stream()
				.map(t -> name(t.target()) + " (" + t.steps() + (t.steps() == 1 ? " step)" : " steps)"))
				.collect(java.util.stream.Collectors.joining(", "));
		String targets = switch (reach.targets().size()) {
			case 0 -> "none of them a high-value target";
			case 1 -> "one of them a high-value target: " + nearest;
			default -> reach.targets().size() + " of them high-value targets; nearest: " + nearest
					+ (reach.targets().size() > shown ? " and " + (reach.targets().size() - shown) + " more" : "");
		};
		return "From " + name(reach.entryPoint()) + " an attacker reaches " + reach.reachedElements()
				+ (reach.reachedElements() == 1 ? " element, " : " elements, ") + targets + ".";
	}

	private static String name(Element element) {
		return element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
	}

	private static Map<String, Object> stepJson(AttackStep step) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("from", ref(step.from()));
		json.put("to", ref(step.to()));
		json.put("via", step.isHosting() ? "hosting" : step.flow().getId());
		return json;
	}

	private static Map<String, String> ref(ModelElement element) {
		Map<String, String> ref = new LinkedHashMap<>();
		ref.put("id", element.getId());
		ref.put("name", element.getName() == null ? "" : element.getName());
		return ref;
	}

	public static void writeCsv(ThreatRegister register, Writer out) throws IOException {
		CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
		CSV_COLUMNS.forEach(schema::addColumn);
		List<Map<String, String>> rows = new ArrayList<>();
		for (Finding finding : register.findings()) {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("id", finding.id());
			row.put("ruleId", finding.ruleId());
			row.put("family", finding.rule().family().label());
			row.put("stride", finding.stride().label());
			row.put("severity", finding.severity().label());
			row.put("title", finding.title());
			row.put("elements", finding.subjects().stream().map(ElementRef::name).collect(Collectors.joining("; ")));
			row.put("elementIds", finding.subjects().stream().map(ElementRef::id).collect(Collectors.joining("; ")));
			row.put("explanation", finding.explanation());
			row.put("status", register.statusOf(finding).label());
			row.put("justification", register.decisionOf(finding).map(TriageDecision::justification).orElse(""));
			row.put("cwe", String.join("; ", cwe(finding)));
			row.put("capec", String.join("; ", capec(finding)));
			row.put("mitigation", finding.rule().mitigation());
			rows.add(row);
		}
		new CsvMapper().writer(schema.build()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)
				.writeAll(rows).flush();
	}

	public static void writeMarkdown(ThreatRegister register, Writer out) throws IOException {
		out.write("# Threat register: " + escape(register.product()) + " " + escape(register.release()) + "\n\n");
		out.write("Derived on " + register.evaluationDate() + ": " + register.findings().size() + " findings ("
				+ register.countsBySeverity().entrySet().stream().filter(e -> e.getValue() > 0)
						.map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "))
				+ ").\n\n");
		if (!register.failures().isEmpty()) {
			out.write("**Incomplete:** " + register.failures().size() + " rules failed:\n\n");
			for (var failure : register.failures()) {
				out.write("- " + escape(failure.ruleId()) + ": " + escape(failure.message()) + "\n");
			}
			out.write("\n");
		}
		writeMarkdownPaths(register, out);
		writeMarkdownBlastRadius(register, out);
		out.write("## Findings\n\n");
		out.write("| Severity | Status | STRIDE | Threat | Elements | Why | CWE / CAPEC | Id |\n");
		out.write("|---|---|---|---|---|---|---|---|\n");
		for (Finding finding : register.findings()) {
			List<String> weaknesses = new ArrayList<>(cwe(finding));
			weaknesses.addAll(capec(finding));
			out.write("| " + finding.severity().label() + " | " + register.statusOf(finding).label() + " | "
					+ finding.stride().label() + " | " + escape(finding.title())
					+ " | " + escape(finding.subjects().stream().map(ElementRef::name).collect(Collectors.joining(", ")))
					+ " | " + escape(finding.explanation()) + " | " + String.join(", ", weaknesses) + " | `"
					+ finding.id() + "` |\n");
		}
		if (!register.resolved().isEmpty()) {
			out.write("\n## Resolved\n\nTriaged findings that the current model no longer gives rise to:\n\n");
			for (TriageDecision decision : register.resolved()) {
				out.write("- `" + decision.findingId() + "` (was " + decision.status().label() + " by " + escape(decision.by())
						+ ": " + escape(decision.justification()) + ")\n");
			}
		}
	}

	private static void writeMarkdownPaths(ThreatRegister register, Writer out) throws IOException {
		if (register.attackPaths().isEmpty()) {
			return;
		}
		out.write("## Attack paths\n\n");
		for (TargetPaths target : register.attackPaths()) {
			out.write("### " + escape(target.target().getName()) + "\n\n");
			for (AttackPath path : target.paths()) {
				out.write("- " + escape(describe(path)) + "\n");
			}
			out.write("\n" + escape(describeCut(target)) + "\n\n");
		}
	}

	private static void writeMarkdownBlastRadius(ThreatRegister register, Writer out) throws IOException {
		if (register.blastRadius().isEmpty()) {
			return;
		}
		out.write("## Blast radius of the entry points\n\n");
		for (EntryPointReach reach : register.blastRadius()) {
			out.write("- " + escape(describeReach(reach)) + "\n");
		}
		out.write("\n");
	}

	/** One sentence on the minimum cut of a target's paths. */
	public static String describeCut(TargetPaths target) {
		if (target.minimumCut().isEmpty()) {
			return "No cut: the target is itself an entry point, so it must defend its own exposed interfaces.";
		}
		return "Blocking " + (target.minimumCut().size() == 1 ? "this step" : "these " + target.minimumCut().size() + " steps")
				+ " cuts every path: " + target.minimumCut().stream().map(RegisterWriter::describe)
						.collect(Collectors.joining("; ")) + ".";
	}

	/** {@code Homeowner → Hub → Cloud API (crosses Home network, Hub enclosure)}. */
	public static String describe(AttackPath path) {
		StringBuilder text = new StringBuilder(nameOf(path.entryPoint()));
		path.steps().forEach(step -> text.append(step.isHosting() ? " ⇢ " : " → ").append(nameOf(step.to())));
		if (!path.boundariesCrossed().isEmpty()) {
			text.append(" (crosses ").append(path.boundariesCrossed().stream().map(RegisterWriter::nameOf)
					.collect(Collectors.joining(", "))).append(')');
		}
		return text.toString();
	}

	/** {@code Hub → Cloud API (flow 'Telemetry')} or {@code Agent ⇢ Hub (hosting)}. */
	public static String describe(AttackStep step) {
		String via = step.isHosting() ? "hosting"
				: step.flow().getName() == null || step.flow().getName().isBlank() ? "flow " + step.flow().getId()
						: "flow '" + step.flow().getName() + "'";
		return nameOf(step.from()) + (step.isHosting() ? " ⇢ " : " → ") + nameOf(step.to()) + " (" + via + ")";
	}

	private static String nameOf(ModelElement element) {
		return element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
	}

	/**
	 * A self-contained HTML page (inline style, no scripts, nothing fetched): summary, attack paths, findings
	 * grouped by severity with their explanation and mitigation, resolved triage, rule failures. All model
	 * text is escaped.
	 */
	public static void writeHtml(ThreatRegister register, Writer out) throws IOException {
		HtmlRegister.write(register, out);
	}

	static List<String> cwe(Finding finding) {
		return finding.rule().cwe().stream().map(id -> "CWE-" + id).toList();
	}

	static List<String> capec(Finding finding) {
		return finding.rule().capec().stream().map(id -> "CAPEC-" + id).toList();
	}

	/** Model text goes into table cells: pipes and line breaks would break the table. */
	private static String escape(String text) {
		return text == null ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
	}
}
