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
			"elements", "elementIds", "explanation", "status", "cwe", "capec", "mitigation");

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
		Map<String, Integer> bySeverity = new LinkedHashMap<>();
		register.countsBySeverity().forEach((severity, count) -> bySeverity.put(severity.label(), count));
		summary.put("bySeverity", bySeverity);
		summary.put("complete", register.failures().isEmpty());
		json.put("summary", summary);
		json.put("findings", register.findings().stream().map(RegisterWriter::findingJson).toList());
		json.put("ruleFailures", register.failures().stream()
				.map(failure -> Map.of("ruleId", failure.ruleId(), "message", failure.message())).toList());
		JSON.writeValue(out, json);
		out.write('\n');
	}

	private static Map<String, Object> findingJson(Finding finding) {
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
		json.put("status", ThreatRegister.OPEN);
		json.put("cwe", cwe(finding));
		json.put("capec", capec(finding));
		json.put("mitigation", finding.rule().mitigation());
		json.put("references", finding.rule().references());
		return json;
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
			row.put("status", ThreatRegister.OPEN);
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
		out.write("| Severity | STRIDE | Threat | Elements | Why | CWE / CAPEC | Id |\n");
		out.write("|---|---|---|---|---|---|---|\n");
		for (Finding finding : register.findings()) {
			List<String> weaknesses = new ArrayList<>(cwe(finding));
			weaknesses.addAll(capec(finding));
			out.write("| " + finding.severity().label() + " | " + finding.stride().label() + " | " + escape(finding.title())
					+ " | " + escape(finding.subjects().stream().map(ElementRef::name).collect(Collectors.joining(", ")))
					+ " | " + escape(finding.explanation()) + " | " + String.join(", ", weaknesses) + " | `"
					+ finding.id() + "` |\n");
		}
	}

	private static List<String> cwe(Finding finding) {
		return finding.rule().cwe().stream().map(id -> "CWE-" + id).toList();
	}

	private static List<String> capec(Finding finding) {
		return finding.rule().capec().stream().map(id -> "CAPEC-" + id).toList();
	}

	/** Model text goes into table cells: pipes and line breaks would break the table. */
	private static String escape(String text) {
		return text == null ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
	}
}
