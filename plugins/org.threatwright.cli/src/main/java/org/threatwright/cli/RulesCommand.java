package org.threatwright.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.rules.BuiltInRules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threatwright rules}: the built-in rules with their metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true,
		description = "Lists the built-in threat rules: id, family, STRIDE category, default severity, title.")
final class RulesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
			description = "Output format (default: ${DEFAULT-VALUE}); JSON includes CWE, CAPEC, mitigation and references.")
	OutputFormat format;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		List<Map<String, Object>> json = new ArrayList<>();
		for (ThreatRule rule : BuiltInRules.all()) {
			RuleDescriptor d = RuleDescriptors.of(rule);
			if (format == OutputFormat.TEXT) {
				out.printf("%-55s %-13s %-22s %-9s %s%n", d.id(), d.family().label(), d.stride().label(),
						d.severity().label(), d.title());
				continue;
			}
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", d.id());
			entry.put("family", d.family().label());
			entry.put("stride", d.stride().label());
			entry.put("severity", d.severity().label());
			entry.put("title", d.title());
			entry.put("cwe", d.cwe().stream().map(id -> "CWE-" + id).toList());
			entry.put("capec", d.capec().stream().map(id -> "CAPEC-" + id).toList());
			entry.put("mitigation", d.mitigation());
			entry.put("references", d.references());
			json.add(entry);
		}
		if (format == OutputFormat.JSON) {
			Json.print(out, json);
		}
		return ExitCode.OK;
	}
}
