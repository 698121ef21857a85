package org.threatwright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFileException;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.model.io.SourceLines;
import org.threatwright.model.validation.ModelProblem;
import org.threatwright.model.validation.ModelValidator;
import org.threatwright.model.validation.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threatwright validate FILE...}: reads each model and checks its structure. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Checks model files: that they load, ids are unique, references resolve, flows have both ends,",
				"'hosted on' has no cycles, boundaries nest, third-party components name their supplier,",
				"identifiers (purl, CPE) are well-formed and the compliance roles are named.",
				"Problems are printed as FILE:LINE: SEVERITY [CODE] ELEMENT: MESSAGE." })
final class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (*.tw).")
	List<Path> files;

	@Option(names = "--strict", description = "Warnings fail the validation too.")
	boolean strict;

	@Option(names = { "-q", "--quiet" }, description = "Print errors and the summary only, no warnings.")
	boolean quiet;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
			description = "Output format (default: ${DEFAULT-VALUE}).")
	OutputFormat format;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		int exit = ExitCode.OK;
		List<Map<String, Object>> reports = new ArrayList<>();
		for (Path file : files) {
			exit = Math.max(exit, format == OutputFormat.JSON ? validateToJson(file, reports) : validateToText(file, out, err));
		}
		if (format == OutputFormat.JSON) {
			Json.print(out, reports);
		}
		return exit;
	}

	private int validateToText(Path file, PrintWriter out, PrintWriter err) {
		SystemModel model = ModelInput.loadOrReport(file, err);
		if (model == null) {
			out.println(file + ": cannot be read");
			return ExitCode.UNREADABLE;
		}
		ModelValidator validator = new ModelValidator(model);
		SourceLines lines = validator.problems().isEmpty() ? null : SourceLines.of(file); // re-read only to place problems
		for (ModelProblem problem : validator.problems()) {
			if (quiet && problem.severity() == Severity.WARNING) {
				continue;
			}
			int line = lines.lineOf(problem.elementId());
			out.println(file + (line > 0 ? ":" + line : "") + ": " + problem);
		}
		int errors = validator.errors().size();
		int warnings = validator.warnings().size();
		boolean passed = errors == 0 && (!strict || warnings == 0);
		out.println(file + ": " + (passed ? "valid" : "invalid") + " (" + plural(errors, "error") + ", "
				+ plural(warnings, "warning") + ")");
		return passed ? ExitCode.OK : ExitCode.FAILED;
	}

	private int validateToJson(Path file, List<Map<String, Object>> reports) {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("file", file.toString());
		List<Map<String, Object>> problems = new ArrayList<>();
		SystemModel model;
		try {
			model = ModelFiles.load(file);
		} catch (ModelFileException e) {
			for (ModelFileException.Problem problem : e.problems()) {
				problems.add(problemJson("error", "unreadable", problem.line(), problem.column(), null, null,
						problem.message()));
			}
			report.put("readable", false);
			report.put("valid", false);
			report.put("problems", problems);
			reports.add(report);
			return ExitCode.UNREADABLE;
		}
		ModelValidator validator = new ModelValidator(model);
		SourceLines lines = validator.problems().isEmpty() ? null : SourceLines.of(file);
		for (ModelProblem problem : validator.problems()) {
			if (!(quiet && problem.severity() == Severity.WARNING)) {
				problems.add(problemJson(problem.severity().label(), problem.code(), lines.lineOf(problem.elementId()), 0,
						problem.elementId(), problem.element(), problem.message()));
			}
		}
		boolean passed = validator.isValid() && (!strict || validator.warnings().isEmpty());
		report.put("readable", true);
		report.put("valid", passed);
		report.put("errors", validator.errors().size());
		report.put("warnings", validator.warnings().size());
		report.put("problems", problems);
		reports.add(report);
		return passed ? ExitCode.OK : ExitCode.FAILED;
	}

	private static Map<String, Object> problemJson(String severity, String code, int line, int column, String elementId,
			String element, String message) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("severity", severity);
		json.put("code", code);
		if (line > 0) {
			json.put("line", line);
		}
		if (column > 0) {
			json.put("column", column);
		}
		if (elementId != null) {
			json.put("elementId", elementId);
			json.put("element", element);
		}
		json.put("message", message);
		return json;
	}

	static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
