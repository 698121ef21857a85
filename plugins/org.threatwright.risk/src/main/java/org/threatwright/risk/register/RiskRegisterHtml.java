package org.threatwright.risk.register;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.threatwright.risk.assessment.HeatMap;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.method.ImpactCategory;
import org.threatwright.risk.method.RiskMethod;

/**
 * The risk register as one static HTML page: the heat map (matrix cells coloured by risk value, with their counts),
 * then every risk, highest value first, with its explanation folded. Every text from the model or a person is escaped.
 */
final class RiskRegisterHtml {

	private static final String STYLE = """
			body{font:14px/1.45 system-ui,'DejaVu Sans',sans-serif;margin:2em auto;max-width:1100px;color:#1d2330;padding:0 1em}
			h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:2px solid #dde2ea;padding-bottom:.2em}
			.meta{color:#5b6475}table{border-collapse:collapse}td,th{padding:.35em .6em;text-align:left;vertical-align:top}
			.heat td.cell{width:7em;height:3.2em;text-align:center;border:2px solid #fff;border-radius:4px;font-weight:600}
			.heat td.cell small{display:block;font-weight:400;opacity:.8}.heat th{font-weight:600;color:#3b4456}
			.risks{width:100%}.risks td,.risks th{border-bottom:1px solid #e5e8ee}.value{font-weight:700;text-align:center;border-radius:4px}
			.id{font-family:monospace;font-size:.8em;color:#5b6475;word-break:break-all}details{margin-top:.3em}
			details li{margin:.15em 0}.above{color:#7a1020;font-weight:600}
			""";

	private RiskRegisterHtml() {
	}

	static void write(RiskRegister register, Writer out) throws IOException {
		RiskMethod method = register.method();
		String product = esc(register.product()) + " " + esc(register.release());
		out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Risk register: " + product
				+ "</title><style>" + STYLE + "</style></head><body>\n");
		out.write("<h1>Risk register: " + product + "</h1>\n<p class=\"meta\">Assessed on " + register.evaluationDate()
				+ " by Threatwright from model " + esc(register.modelId()) + " with the method " + esc(method.name()) + " ("
				+ esc(method.approach().label()) + "; acceptance threshold " + method.acceptanceThreshold() + " of 1.."
				+ method.maxValue() + "): " + register.risks().size() + " risks, " + register.exceedingThreshold()
				+ " above the threshold, " + register.treated() + " treated, " + register.residualExceedingThreshold()
				+ " still above after treatment.</p>\n");
		heatMap(register, out);
		risks(register, out);
		out.write("</body></html>\n");
	}

	private static void heatMap(RiskRegister register, Writer out) throws IOException {
		RiskMethod method = register.method();
		out.write("<h2>Heat map</h2>\n<table class=\"heat\"><tr><th>impact \\ feasibility</th>");
		for (String level : method.feasibilityScale().levels()) {
			out.write("<th>" + esc(level) + "</th>");
		}
		out.write("</tr>\n");
		Map<String, List<HeatMap.Cell>> rows = new LinkedHashMap<>();
		register.heatMap().cells().forEach(cell -> rows.computeIfAbsent(cell.impact(), k -> new ArrayList<>()).add(cell));
		for (var row : rows.entrySet()) {
			out.write("<tr><th>" + esc(row.getKey()) + "</th>");
			for (HeatMap.Cell cell : row.getValue()) {
				out.write("<td class=\"cell\" style=\"" + colour(cell.value(), method.maxValue()) + "\" title=\"risk value "
						+ cell.value() + "\">" + cell.count() + "<small>value " + cell.value() + "</small></td>");
			}
			out.write("</tr>\n");
		}
		out.write("</table>\n<p class=\"meta\">Risks per value: ");
		List<String> parts = new ArrayList<>();
		register.heatMap().byValue().forEach((value, count) -> parts.add(value + ": " + count));
		out.write(String.join(", ", parts) + ". After treatment: ");
		parts.clear();
		register.heatMap().byResidualValue().forEach((value, count) -> parts.add(value + ": " + count));
		out.write(String.join(", ", parts) + ".</p>\n");
	}

	private static void risks(RiskRegister register, Writer out) throws IOException {
		RiskMethod method = register.method();
		out.write("<h2>Risks</h2>\n<table class=\"risks\"><tr><th>value</th><th>risk</th><th>impact</th><th>feasibility</th>"
				+ "<th>treatment</th><th>residual</th></tr>\n");
		List<RiskAssessment> sorted = register.risks().stream()
				.sorted(Comparator.comparingInt(RiskAssessment::value).reversed().thenComparing(RiskAssessment::findingId)).toList();
		for (RiskAssessment risk : sorted) {
			out.write("<tr><td class=\"value\" style=\"" + colour(risk.value(), method.maxValue()) + "\">" + risk.value() + "<br><small>"
					+ esc(risk.level().label()) + "</small></td><td><b>" + esc(risk.title()) + "</b> <span class=\"meta\">"
					+ esc(risk.stride()) + ", " + esc(risk.severity()) + "</span>" + (risk.exceedsThreshold()
							? " <span class=\"above\">above threshold</span>" : "")
					+ "<div class=\"id\">" + esc(risk.findingId()) + "</div><details><summary>how it was computed</summary><ul>");
			for (String line : risk.explanation()) {
				out.write("<li>" + esc(line) + "</li>");
			}
			out.write("</ul></details></td><td>" + esc(risk.impact()) + "<br><small>");
			List<String> categories = new ArrayList<>();
			for (ImpactCategory category : ImpactCategory.values()) {
				categories.add(category.label() + " " + risk.impacts().get(category));
			}
			out.write(esc(String.join(", ", categories)) + "</small></td><td>" + esc(risk.feasibility()) + "<br><small>"
					+ esc(risk.feasibilityDetail()) + "</small></td><td>"
					+ (risk.treatment() == null ? "—"
							: esc(risk.treatment().option().label()) + "<br><small>" + esc(risk.treatment().rationale()) + " ("
									+ esc(risk.treatment().by()) + ")</small>")
					+ "</td><td class=\"value\" style=\"" + colour(risk.residualValue(), method.maxValue()) + "\">"
					+ risk.residualValue() + (risk.residualExceedsThreshold() ? "<br><small>above</small>" : "") + "</td></tr>\n");
		}
		out.write("</table>\n");
	}

	/** Green for the lowest value to red for the highest. */
	static String colour(int value, int maxValue) {
		double share = maxValue <= 1 ? 0 : (value - 1) / (double) (maxValue - 1);
		int hue = (int) Math.round(120 * (1 - share));
		return String.format(Locale.ROOT, "background:hsl(%d,70%%,%d%%);color:%s", hue, share > 0.6 ? 42 : 72,
				share > 0.6 ? "#fff" : "#1d2330");
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
