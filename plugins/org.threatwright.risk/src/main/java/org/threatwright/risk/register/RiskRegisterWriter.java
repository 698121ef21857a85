package org.threatwright.risk.register;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.threatwright.risk.assessment.HeatMap;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.decision.FactorOverride;
import org.threatwright.risk.decision.Treatment;
import org.threatwright.risk.method.ImpactCategory;
import org.threatwright.risk.method.RiskMethod;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The risk register as JSON (documented in docs/risk.md, stable), CSV (one row per risk), the heat map as CSV (one
 * row per matrix cell), HTML (one self-contained page) and plain text (a table for the terminal).
 */
public final class RiskRegisterWriter {

	/** The JSON format's version, raised when a field changes meaning or disappears. */
	public static final int JSON_VERSION = 1;

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
	private static final CsvMapper CSV = new CsvMapper();
	private static final List<String> COLUMNS = List.of("findingId", "title", "stride", "severity", "value", "level",
			"exceedsThreshold", "impact", "safety", "financial", "operational", "privacy", "feasibility", "feasibilityDetail",
			"attackPath", "overrides", "treatment", "controls", "residualValue", "residualExceedsThreshold", "subjects");

	private RiskRegisterWriter() {
	}

	/**
	 * Writes the register as JSON, one risk at a time, so a register of hundreds of thousands of risks never has to
	 * exist as one tree or one string.
	 */
	public static void writeJson(RiskRegister register, Writer out) throws IOException {
		ObjectNode head = JSON.createObjectNode();
		head.put("format", "threatwright-risk-register");
		head.put("version", JSON_VERSION);
		head.put("product", register.product());
		head.put("release", register.release());
		head.put("modelId", register.modelId());
		head.put("evaluationDate", register.evaluationDate().toString());
		RiskMethod method = register.method();
		ObjectNode methodNode = head.putObject("method");
		methodNode.put("name", method.name());
		methodNode.put("feasibilityApproach", method.approach().label());
		method.impactScale().levels().forEach(methodNode.putArray("impactScale")::add);
		method.feasibilityScale().levels().forEach(methodNode.putArray("feasibilityScale")::add);
		methodNode.put("maxValue", method.maxValue());
		methodNode.put("acceptanceThreshold", method.acceptanceThreshold());
		ObjectNode summary = head.putObject("summary");
		summary.put("risks", register.risks().size());
		summary.put("exceedingThreshold", register.exceedingThreshold());
		summary.put("treated", register.treated());
		summary.put("residualExceedingThreshold", register.residualExceedingThreshold());
		heatMap(register.heatMap(), head.putObject("heatMap"));
		try (JsonGenerator generator = JSON.getFactory().createGenerator(out)) {
			generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
			generator.useDefaultPrettyPrinter();
			generator.writeStartObject();
			for (var field : head.properties()) {
				generator.writeFieldName(field.getKey());
				JSON.writeTree(generator, field.getValue());
			}
			generator.writeArrayFieldStart("risks");
			for (RiskAssessment risk : register.risks()) {
				ObjectNode node = JSON.createObjectNode();
				risk(risk, node);
				JSON.writeTree(generator, node);
			}
			generator.writeEndArray();
			generator.writeEndObject();
		}
		out.write('\n');
	}

	private static void heatMap(HeatMap heatMap, ObjectNode node) {
		ArrayNode cells = node.putArray("cells");
		for (HeatMap.Cell cell : heatMap.cells()) {
			ObjectNode cellNode = cells.addObject();
			cellNode.put("impact", cell.impact());
			cellNode.put("feasibility", cell.feasibility());
			cellNode.put("value", cell.value());
			cellNode.put("count", cell.count());
		}
		ObjectNode byValue = node.putObject("byValue");
		heatMap.byValue().forEach((value, count) -> byValue.put(value.toString(), count));
		ObjectNode byResidual = node.putObject("byResidualValue");
		heatMap.byResidualValue().forEach((value, count) -> byResidual.put(value.toString(), count));
	}

	private static void risk(RiskAssessment risk, ObjectNode node) {
		node.put("findingId", risk.findingId());
		node.put("title", risk.title());
		node.put("stride", risk.stride());
		node.put("severity", risk.severity());
		ArrayNode subjects = node.putArray("subjects");
		risk.subjects().forEach(subject -> subjects.addObject().put("id", subject.id()).put("name", subject.name())
				.put("kind", subject.kind()));
		ObjectNode impact = node.putObject("impact");
		impact.put("overall", risk.impact());
		risk.impacts().forEach((category, level) -> impact.put(category.label(), level));
		ObjectNode feasibility = node.putObject("feasibility");
		feasibility.put("level", risk.feasibility());
		ObjectNode factors = feasibility.putObject("factors");
		risk.feasibilityFactors().forEach(factors::put);
		feasibility.put("detail", risk.feasibilityDetail());
		feasibility.put("attackPath", risk.attackPath());
		node.put("value", risk.value());
		node.put("level", risk.level().label());
		node.put("exceedsThreshold", risk.exceedsThreshold());
		ArrayNode overrides = node.putArray("overrides");
		for (FactorOverride override : risk.overrides()) {
			overrides.addObject().put("factor", override.factor()).put("value", override.value()).put("by", override.by())
					.put("at", override.at().toString()).put("why", override.why());
		}
		Treatment treatment = risk.treatment();
		if (treatment == null) {
			node.putNull("treatment");
		} else {
			ObjectNode t = node.putObject("treatment");
			t.put("option", treatment.option().label());
			t.put("rationale", treatment.rationale());
			treatment.controlIds().forEach(t.putArray("controls")::add);
			t.put("residualImpact", treatment.residualImpact());
			t.put("residualFeasibility", treatment.residualFeasibility());
			t.put("by", treatment.by());
			t.put("at", treatment.at().toString());
		}
		node.put("residualValue", risk.residualValue());
		node.put("residualExceedsThreshold", risk.residualExceedsThreshold());
		risk.explanation().forEach(node.putArray("explanation")::add);
	}

	/** One row per risk, the columns of {@link #COLUMNS}; lists joined with "; ". */
	public static void writeCsv(RiskRegister register, Writer out) throws IOException {
		CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
		COLUMNS.forEach(schema::addColumn);
		var writer = CSV.writer(schema.build()).writeValues(out);
		for (RiskAssessment risk : register.risks()) {
			Treatment treatment = risk.treatment();
			writer.write(List.of(risk.findingId(), risk.title(), risk.stride(), risk.severity(), risk.value(),
					risk.level().label(), risk.exceedsThreshold(), risk.impact(), risk.impacts().get(ImpactCategory.SAFETY),
					risk.impacts().get(ImpactCategory.FINANCIAL), risk.impacts().get(ImpactCategory.OPERATIONAL),
					risk.impacts().get(ImpactCategory.PRIVACY), risk.feasibility(), risk.feasibilityDetail(),
					risk.attackPath() == null ? "" : risk.attackPath(),
					String.join("; ", risk.overrides().stream().map(o -> o.factor() + "=" + o.value()).toList()),
					treatment == null ? "" : treatment.option().label(),
					treatment == null ? "" : String.join("; ", treatment.controlIds()), risk.residualValue(),
					risk.residualExceedsThreshold(), String.join("; ", risk.subjects().stream().map(s -> s.id()).toList())));
		}
		writer.flush();
	}

	/** The heat map, one row per cell (highest impact first): impact, feasibility, value, count. */
	public static void writeHeatMapCsv(RiskRegister register, Writer out) throws IOException {
		CsvSchema schema = CsvSchema.builder().setUseHeader(true).addColumn("impact").addColumn("feasibility")
				.addColumn("value").addColumn("count").build();
		var writer = CSV.writer(schema).writeValues(out);
		for (HeatMap.Cell cell : register.heatMap().cells()) {
			writer.write(List.of(cell.impact(), cell.feasibility(), cell.value(), cell.count()));
		}
		writer.flush();
	}

	public static void writeHtml(RiskRegister register, Writer out) throws IOException {
		RiskRegisterHtml.write(register, out);
	}

	/** A table for the terminal: one line per risk, highest value first, then the heat map. */
	public static void writeText(RiskRegister register, Writer out) throws IOException {
		RiskMethod method = register.method();
		out.write(register.product() + " " + register.release() + ": " + register.risks().size() + " risks ("
				+ method.name() + ", threshold " + method.acceptanceThreshold() + "), " + register.exceedingThreshold()
				+ " above the threshold, " + register.residualExceedingThreshold() + " still above after treatment\n\n");
		out.write(String.format(Locale.ROOT, "%-5s %-9s %-10s %-11s %-8s %-5s %s%n", "VALUE", "LEVEL", "IMPACT", "FEASIBILITY",
				"TREATED", "RESID", "FINDING"));
		register.risks().stream()
				.sorted(java.util.Comparator.comparingInt(RiskAssessment::value).reversed()
						.thenComparing(RiskAssessment::findingId))
				.forEach(risk -> {
					try {
						out.write(String.format(Locale.ROOT, "%-5d %-9s %-10s %-11s %-8s %-5d %s%n      %s%n", risk.value(),
								risk.level().label(), risk.impact(), risk.feasibility(),
								risk.treatment() == null ? "-" : risk.treatment().option().label(), risk.residualValue(),
								risk.title(), risk.findingId()));
					} catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				});
		out.write("\nHeat map (risks per cell; impact down, feasibility across):\n");
		List<String> feasibility = method.feasibilityScale().levels();
		out.write(String.format(Locale.ROOT, "%-12s", ""));
		for (String level : feasibility) {
			out.write(String.format(Locale.ROOT, "%12s", level));
		}
		out.write('\n');
		Map<String, List<HeatMap.Cell>> rows = new java.util.LinkedHashMap<>();
		register.heatMap().cells().forEach(cell -> rows.computeIfAbsent(cell.impact(), k -> new java.util.ArrayList<>()).add(cell));
		for (var row : rows.entrySet()) {
			out.write(String.format(Locale.ROOT, "%-12s", row.getKey()));
			for (HeatMap.Cell cell : row.getValue()) {
				out.write(String.format(Locale.ROOT, "%12s", cell.count() + " (v" + cell.value() + ")"));
			}
			out.write('\n');
		}
	}

	/** One risk with its whole explanation, for {@code risk FILE --show ID}. */
	public static void writeExplanation(RiskAssessment risk, Writer out) throws IOException {
		out.write(risk.title() + "\n  " + risk.findingId() + "\n  " + risk.stride() + ", severity " + risk.severity()
				+ "\n  risk value " + risk.value() + " (" + risk.level().label() + "), residual " + risk.residualValue() + "\n\n");
		for (String line : risk.explanation()) {
			out.write("  - " + line + "\n");
		}
	}
}
