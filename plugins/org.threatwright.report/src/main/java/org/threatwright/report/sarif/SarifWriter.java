package org.threatwright.report.sarif;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.report.ReportData;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The findings as a SARIF 2.1.0 log for code-scanning dashboards: one run, the built-in rules as
 * {@code tool.driver.rules} (title, mitigation as help, STRIDE and CWE tags, {@code security-severity}), one result
 * per finding with its level, explanation, the model file as physical location (line of the first subject when
 * known) and the subjects as logical locations, and the finding id as partial fingerprint so that dashboards track a
 * finding across runs. Findings triaged as mitigated, not applicable or accepted carry a suppression with the
 * justification.
 */
public final class SarifWriter {

	public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	public static final String FINGERPRINT = "threatwrightFindingId/v1";

	private SarifWriter() {
	}

	/**
	 * @param artifactUri the model file as the log should name it (relative to where the scan runs)
	 * @param lineOf      the line of an element id in the model file, 0 when unknown
	 */
	public static void write(ReportData data, String artifactUri, ToIntFunction<String> lineOf, OutputStream out)
			throws IOException {
		ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		ObjectNode log = mapper.createObjectNode();
		log.put("$schema", SCHEMA);
		log.put("version", "2.1.0");
		ObjectNode run = log.putArray("runs").addObject();
		ObjectNode driver = run.putObject("tool").putObject("driver");
		driver.put("name", "Threatwright");
		driver.put("informationUri", "https://threatwright.org");
		driver.put("semanticVersion", "0.1.0");
		ArrayNode rules = driver.putArray("rules");
		Map<String, Integer> ruleIndex = new HashMap<>();
		for (RuleDescriptor rule : data.rules()) {
			ruleIndex.put(rule.id(), ruleIndex.size());
			ObjectNode r = rules.addObject();
			r.put("id", rule.id());
			r.putObject("shortDescription").put("text", rule.title());
			r.putObject("help").put("text", rule.mitigation());
			r.putObject("defaultConfiguration").put("level", level(rule.severity()));
			ObjectNode properties = r.putObject("properties");
			ArrayNode tags = properties.putArray("tags").add("security").add("STRIDE:" + rule.stride().label());
			rule.cwe().forEach(cwe -> tags.add("external/cwe/cwe-" + cwe));
			properties.put("security-severity", securitySeverity(rule.severity()));
		}
		run.putArray("artifacts").addObject().putObject("location").put("uri", artifactUri);
		ArrayNode results = run.putArray("results");
		for (Finding finding : data.threats().findings()) {
			ObjectNode result = results.addObject();
			result.put("ruleId", finding.ruleId());
			Integer index = ruleIndex.get(finding.ruleId());
			if (index != null) {
				result.put("ruleIndex", index);
			}
			result.put("level", level(finding.severity()));
			result.putObject("message").put("text", finding.title() + ": " + finding.explanation());
			ObjectNode location = result.putArray("locations").addObject();
			ObjectNode physical = location.putObject("physicalLocation");
			physical.putObject("artifactLocation").put("uri", artifactUri).put("index", 0);
			int line = finding.subjects().isEmpty() ? 0 : lineOf.applyAsInt(finding.subjects().get(0).id());
			if (line > 0) {
				physical.putObject("region").put("startLine", line);
			}
			ArrayNode logical = location.putArray("logicalLocations");
			for (ElementRef subject : finding.subjects()) {
				logical.addObject().put("name", subject.name().isEmpty() ? subject.id() : subject.name())
						.put("fullyQualifiedName", data.product() + "/" + subject.kind() + "/" + subject.id()).put("kind", "element");
			}
			result.putObject("partialFingerprints").put(FINGERPRINT, finding.id());
			ObjectNode properties = result.putObject("properties");
			properties.put("severity", finding.severity().label());
			properties.put("stride", finding.stride().label());
			properties.put("status", data.threats().statusOf(finding).label());
			data.threats().decisionOf(finding).filter(d -> d.status() != TriageStatus.OPEN)
					.ifPresent(d -> suppression(result, d));
		}
		mapper.writeValue(out, log);
	}

	private static void suppression(ObjectNode result, TriageDecision decision) {
		result.putArray("suppressions").addObject().put("kind", "external").put("status", "accepted")
				.put("justification", decision.status().label() + " by " + decision.by() + ": " + decision.justification());
	}

	/** critical and high: error; medium: warning; low and info: note. */
	public static String level(Severity severity) {
		return switch (severity) {
			case CRITICAL, HIGH -> "error";
			case MEDIUM -> "warning";
			default -> "note";
		};
	}

	/** The score code-scanning dashboards rank by (critical above 9, high 7 to 8.9, ...). */
	static String securitySeverity(Severity severity) {
		return switch (severity) {
			case CRITICAL -> "9.5";
			case HIGH -> "8.0";
			case MEDIUM -> "5.5";
			case LOW -> "3.0";
			default -> "1.0";
		};
	}
}
