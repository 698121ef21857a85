package org.threatwright.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatwright.risk.requirements.Attribution;
import org.threatwright.risk.requirements.Control;
import org.threatwright.risk.requirements.Evidence;
import org.threatwright.risk.requirements.Requirement;
import org.threatwright.risk.requirements.RequirementBook;
import org.threatwright.risk.requirements.RequirementVerification;

/** Requirements, controls and evidence as text lines and JSON objects (keys in a fixed order). */
final class RecordViews {

	private RecordViews() {
	}

	static String line(Requirement requirement, RequirementVerification verification) {
		return requirement.id() + "  " + requirement.status().label() + "  " + verification.of(requirement.id()).state().label()
				+ "  " + plural(requirement.findings().size(), "finding") + "  " + requirement.title();
	}

	static String line(Control control) {
		return control.id() + "  " + control.status().label() + "  implements " + join(control.requirements()) + "  "
				+ control.title();
	}

	static String line(Evidence evidence) {
		return evidence.id() + "  " + evidence.date() + "  " + evidence.kind().label() + "  " + evidence.result().label()
				+ "  by " + evidence.by() + "  verifies " + join(targets(evidence))
				+ (evidence.summary() == null ? "" : "  " + evidence.summary());
	}

	static Map<String, Object> json(Requirement requirement, RequirementVerification verification) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", requirement.id());
		json.put("title", requirement.title());
		json.put("text", requirement.text());
		json.put("status", requirement.status().label());
		json.put("verification", verification.of(requirement.id()).state().label());
		json.put("rule", requirement.ruleId());
		json.put("findings", List.copyOf(requirement.findings()));
		json.put("unlinkedFindings", List.copyOf(requirement.excludedFindings()));
		json.put("clauses", Clauses.shortForms(requirement.clauses()));
		json.put("elements", List.copyOf(requirement.elements()));
		json.putAll(attribution(requirement.attribution()));
		return json;
	}

	static Map<String, Object> json(Control control) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", control.id());
		json.put("title", control.title());
		json.put("description", control.description());
		json.put("status", control.status().label());
		json.put("implements", List.copyOf(control.requirements()));
		json.put("mitigates", List.copyOf(control.mitigates()));
		json.put("clauses", Clauses.shortForms(control.clauses()));
		json.putAll(attribution(control.attribution()));
		return json;
	}

	static Map<String, Object> json(Evidence evidence) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", evidence.id());
		json.put("kind", evidence.kind().label());
		json.put("result", evidence.result().label());
		json.put("date", evidence.date().toString());
		json.put("by", evidence.by());
		json.put("location", evidence.location());
		json.put("summary", evidence.summary());
		json.put("requirements", List.copyOf(evidence.requirements()));
		json.put("controls", List.copyOf(evidence.controls()));
		json.put("clauses", Clauses.shortForms(evidence.clauses()));
		json.put("recordedAt", evidence.recordedAt().toString());
		return json;
	}

	private static Map<String, Object> attribution(Attribution attribution) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("createdBy", attribution.created().by());
		json.put("createdAt", attribution.created().at().toString());
		json.put("changedBy", attribution.lastChange().by());
		json.put("changedAt", attribution.lastChange().at().toString());
		return json;
	}

	/** Everything about one requirement, for {@code requirement FILE show}. */
	static void show(PrintWriter out, RequirementBook book, Requirement requirement) {
		RequirementVerification verification = RequirementVerification.of(book);
		RequirementVerification.Verification state = verification.of(requirement.id());
		out.println(requirement.id() + ": " + requirement.title());
		out.println("  " + requirement.text());
		out.println("  status: " + requirement.status().label() + (requirement.ruleId() == null ? "" : ", derived from rule " + requirement.ruleId()));
		out.println("  verification: " + state.state().label() + (state.decidedBy() == null ? "" : " (" + state.decidedBy().id() + ")"));
		out.println("  findings: " + join(requirement.findings()));
		if (!requirement.excludedFindings().isEmpty()) {
			out.println("  unlinked findings: " + join(requirement.excludedFindings()));
		}
		out.println("  clauses: " + join(Clauses.shortForms(requirement.clauses())));
		out.println("  elements: " + join(requirement.elements()));
		book.controls().stream().filter(c -> c.requirements().contains(requirement.id()))
				.forEach(c -> out.println("  control: " + line(c)));
		book.evidence().stream().filter(e -> e.requirements().contains(requirement.id()))
				.forEach(e -> out.println("  evidence: " + line(e)));
		out.println("  created by " + requirement.attribution().created().by() + " at " + requirement.attribution().created().at()
				+ ", last changed by " + requirement.attribution().lastChange().by() + " at "
				+ requirement.attribution().lastChange().at());
	}

	private static List<String> targets(Evidence evidence) {
		List<String> targets = new java.util.ArrayList<>(evidence.requirements());
		targets.addAll(evidence.controls());
		targets.addAll(Clauses.shortForms(evidence.clauses()));
		return targets;
	}

	static String join(java.util.Collection<String> values) {
		return values.isEmpty() ? "(none)" : String.join(", ", values);
	}

	static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
