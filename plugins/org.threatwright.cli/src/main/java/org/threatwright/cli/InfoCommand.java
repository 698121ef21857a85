package org.threatwright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatwright.model.SystemModel;
import org.threatwright.model.query.ModelStatistics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threatwright info FILE}: what a model describes and how much of everything it holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
		description = "Shows the product a model describes and counts its elements by kind, flows, boundaries,"
				+ " interfaces, components and suppliers.")
final class InfoCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "A model file (*.tw).")
	Path file;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
			description = "Output format (default: ${DEFAULT-VALUE}).")
	OutputFormat format;

	@Override
	public Integer call() {
		SystemModel model = ModelInput.loadOrReport(file, spec.commandLine().getErr());
		if (model == null) {
			return ExitCode.UNREADABLE;
		}
		ModelStatistics stats = ModelStatistics.of(model);
		PrintWriter out = spec.commandLine().getOut();
		if (format == OutputFormat.JSON) {
			Json.print(out, describe(model, stats));
		} else {
			printText(out, model, stats);
		}
		return ExitCode.OK;
	}

	private static Map<String, Object> describe(SystemModel model, ModelStatistics stats) {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("id", model.getId());
		info.put("product", model.getName());
		info.put("release", model.getRelease());
		info.put("manufacturer", model.getManufacturer());
		info.put("complianceClass", classNumber(model));
		info.put("supportedUntil", model.getSupportedUntil() == null ? null : model.getSupportedUntil().toString());
		info.put("elements", stats.elements());
		info.put("elementsByKind", stats.elementsByKind());
		info.put("flows", stats.flows());
		info.put("boundaries", stats.boundaries());
		info.put("boundaryNestingDepth", stats.boundaryDepth());
		info.put("interfaces", stats.interfaces());
		info.put("components", stats.components());
		info.put("thirdPartyComponents", stats.thirdPartyComponents());
		info.put("suppliers", stats.suppliers());
		info.put("dataAssets", stats.dataAssets());
		info.put("people", stats.people());
		info.put("assumptions", stats.assumptions());
		return info;
	}

	private static void printText(PrintWriter out, SystemModel model, ModelStatistics stats) {
		row(out, "Product", model.getName());
		row(out, "Release", model.getRelease());
		row(out, "Manufacturer", model.getManufacturer());
		row(out, "Compliance class", "IoTSF class " + classNumber(model));
		row(out, "Supported until", model.getSupportedUntil() == null ? "not declared" : model.getSupportedUntil().toString());
		row(out, "Elements", String.valueOf(stats.elements()));
		stats.elementsByKind().forEach((kind, count) -> {
			if (count > 0) {
				out.printf("  %-20s %5d%n", kind, count);
			}
		});
		row(out, "Data flows", String.valueOf(stats.flows()));
		row(out, "Trust boundaries", stats.boundaries() + " (nested " + stats.boundaryDepth() + " deep)");
		row(out, "Interfaces", String.valueOf(stats.interfaces()));
		row(out, "Components", stats.components() + " (" + stats.thirdPartyComponents() + " third-party)");
		row(out, "Suppliers", String.valueOf(stats.suppliers()));
		row(out, "Data assets", String.valueOf(stats.dataAssets()));
		row(out, "People", String.valueOf(stats.people()));
		row(out, "Assumptions", String.valueOf(stats.assumptions()));
	}

	private static int classNumber(SystemModel model) {
		return model.getComplianceClass().getValue();
	}

	private static void row(PrintWriter out, String label, String value) {
		out.printf("%-22s %s%n", label, value == null ? "" : value);
	}
}
