package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.analysis.paths.AttackGraph;
import org.threatwright.analysis.paths.EntryPointReach;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.RegisterWriter;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threatwright analyze FILE}: derives the threat register of a valid model. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
		description = { "Derives the threats of a model with the built-in rules and writes the threat register.",
				"Triage decisions (threatwright triage) are read from the knowledge base (default: the folder X.kb beside X.tw);",
				"a legacy FILE.triage.json is imported into it once.",
				"A model with validation errors is refused (fix them first: threatwright validate FILE)." })
final class AnalyzeCommand implements Callable<Integer> {

	enum Format {
		TEXT, JSON, CSV, MD, HTML
	}

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "A model file (*.tw).")
	Path file;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv|md|html",
			description = "Register format (default: ${DEFAULT-VALUE}). JSON is documented in docs/threat-register.md.")
	Format format;

	@Option(names = { "-o", "--out" }, paramLabel = "FILE|DIR",
			description = "Write the register to FILE (atomically) instead of standard output; given an existing"
					+ " directory, to DIR/<model>-threats.<format>.")
	Path out;

	@Option(names = "--fail-on", paramLabel = "SEVERITY",
			description = "Exit with 1 when an open finding at or above SEVERITY exists (critical, high, medium, low, info).")
	String failOn;

	@Option(names = "--paths", defaultValue = "5", paramLabel = "K",
			description = "Attack paths kept per high-value target (default: ${DEFAULT-VALUE}; 0: no attack paths and no blast radius).")
	int paths;

	@Mixin
	KnowledgeOptions knowledge;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD",
			description = "Analyse as of this date (end-of-support checks); default: today.")
	LocalDate date;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		Severity threshold = failOn == null ? null : parseSeverity(failOn);
		if (paths < 0) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--paths: must be 0 or more, was " + paths);
		}
		ModelInput.Checked checked = ModelInput.loadValid(file, err, "analysed");
		if (checked.failed()) {
			return checked.exitCode();
		}
		SystemModel model = checked.model();
		LocalDate evaluationDate = date == null ? LocalDate.now() : date;
		AnalysisResult result = new ThreatAnalysis(model, BuiltInRules.all(), evaluationDate).run();
		Map<String, TriageDecision> triage;
		try {
			triage = knowledge.decisions(file, model.getId(), err);
		} catch (IOException | StoreException | IllegalArgumentException e) {
			err.println("error: " + e.getMessage());
			return ExitCode.UNREADABLE;
		}
		AttackGraph attackGraph = paths == 0 ? null : AttackGraph.of(model);
		ThreatRegister register = ThreatRegister.of(model, evaluationDate, result,
				paths == 0 ? List.of() : TargetPaths.of(attackGraph, TrustZones.of(model), paths),
				paths == 0 ? List.of() : EntryPointReach.of(attackGraph), triage);
		Path target = out != null && Files.isDirectory(out) ? out.resolve(registerFileName()) : out;
		try {
			write(register, target);
		} catch (IOException e) {
			err.println((target == null ? "standard output" : target) + ": error: cannot write the register: "
					+ (e.getMessage() == null ? e.toString() : e.getMessage()));
			return ExitCode.UNREADABLE;
		}
		if (target != null) {
			err.println("wrote " + target);
		}
		for (var failure : result.failures()) {
			err.println(file + ": error: rule " + failure.ruleId() + ": " + failure.message());
		}
		if (!result.complete()) {
			return ExitCode.INCOMPLETE;
		}
		return threshold != null && register.hasOpenAtLeast(threshold) ? ExitCode.FAILED : ExitCode.OK;
	}

	private Severity parseSeverity(String text) {
		try {
			return Severity.ofLabel(text);
		} catch (IllegalArgumentException e) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--fail-on: " + e.getMessage());
		}
	}

	/** {@code hub.tw} as JSON: {@code hub-threats.json}; the text format gets {@code .txt}. */
	private String registerFileName() {
		String name = file.getFileName().toString();
		String base = name.endsWith(".tw") ? name.substring(0, name.length() - 3) : name;
		String extension = format == Format.TEXT ? "txt" : format.name().toLowerCase(java.util.Locale.ROOT);
		return base + "-threats." + extension;
	}

	private void write(ThreatRegister register, Path target) throws IOException {
		StringWriter text = new StringWriter();
		switch (format) {
			case JSON -> RegisterWriter.writeJson(register, text);
			case CSV -> RegisterWriter.writeCsv(register, text);
			case MD -> RegisterWriter.writeMarkdown(register, text);
			case HTML -> RegisterWriter.writeHtml(register, text);
			case TEXT -> writeText(register, text);
		}
		if (target == null) {
			spec.commandLine().getOut().print(text);
			spec.commandLine().getOut().flush();
			return;
		}
		AtomicFiles.write(target, text.toString());
	}

	private static void writeText(ThreatRegister register, Writer text) throws IOException {
		text.write(register.product() + " " + register.release() + ": " + register.findings().size() + " findings on "
				+ register.evaluationDate() + ", " + register.openCount() + " open\n");
		for (var count : register.countsBySeverity().entrySet()) {
			if (count.getValue() > 0) {
				text.write(String.format("  %-8s %5d%n", count.getKey().label(), count.getValue()));
			}
		}
		for (var target : register.attackPaths()) {
			text.write("\nAttack paths to " + target.target().getName() + ":\n");
			for (var path : target.paths()) {
				text.write("  " + RegisterWriter.describe(path) + "\n");
			}
			text.write("  " + RegisterWriter.describeCut(target) + "\n");
		}
		if (!register.blastRadius().isEmpty()) {
			text.write("\nBlast radius of the entry points:\n");
			for (var reach : register.blastRadius()) {
				text.write("  " + RegisterWriter.describeReach(reach) + "\n");
			}
		}
		for (var finding : register.findings()) {
			String status = register.decisionOf(finding)
					.map(d -> " [" + d.status().label() + " by " + d.by() + ": " + d.justification() + "]").orElse("");
			text.write("\n" + finding.severity().label().toUpperCase(java.util.Locale.ROOT) + " " + finding.stride().label()
					+ " " + finding.title() + status + "\n  " + finding.id() + "\n  " + finding.explanation() + "\n");
		}
		for (var decision : register.resolved()) {
			text.write("\nRESOLVED " + decision.findingId() + ": the rule no longer fires (was " + decision.status().label()
					+ " by " + decision.by() + ": " + decision.justification() + ")\n");
		}
	}
}
