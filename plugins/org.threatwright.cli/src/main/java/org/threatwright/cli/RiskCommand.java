package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.risk.RiskKnowledge;
import org.threatwright.kb.risk.StoredMethod;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.AtomicFiles;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.decision.FactorOverride;
import org.threatwright.risk.decision.Treatment;
import org.threatwright.risk.decision.TreatmentOption;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.method.RiskMethodException;
import org.threatwright.risk.method.RiskMethodFiles;
import org.threatwright.risk.register.RiskRegister;
import org.threatwright.risk.register.RiskRegisterWriter;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threatwright risk FILE [FINDING-ID...]}: assesses the risk of every finding (impact × attack feasibility by
 * the project's method), records people's overrides, treatments and the method in the knowledge base, publishes the
 * assessed risks there ({@link CurrentRisks}), and lists or exports the risk register (docs/risk.md).
 */
@Command(name = "risk", mixinStandardHelpOptions = true,
		description = { "Assesses the risk of every finding (ISO/SAE 21434 style: impact × attack feasibility, by the project's",
				"risk method), lists or exports the risk register, shows one risk with how it was computed, and records",
				"overrides, treatments and the method in the knowledge base (default: the folder X.kb beside X.tw).",
				"Every run publishes the assessed risks to the knowledge base. See docs/risk.md." })
final class RiskCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "A model file (*.tw).")
	Path file;

	@Parameters(index = "1..*", arity = "0..*", paramLabel = "FINDING-ID",
			description = { "Show these findings' risks with their explanation, or override or treat them (the same decision",
					"for each, recorded in one transaction)." })
	List<String> findingIds = new ArrayList<>();

	@ArgGroup(exclusive = true)
	Change change;

	/** At most one change per run. */
	static final class Change {
		@Option(names = "--override", paramLabel = "FACTOR=VALUE",
				description = "Override a factor of each FINDING-ID's risk: impact.safety|financial|operational|privacy, feasibility,"
						+ " or a factor of the method's approach (e.g. elapsedTime=\"≤1 week\"). Needs --by and --why.")
		String override;

		@Option(names = "--treat", paramLabel = "avoid|reduce|share|retain",
				description = "Record how each FINDING-ID's risk is treated. Needs --by and --why.")
		String treat;

		@Option(names = "--set-method", paramLabel = "METHOD.json",
				description = "Set the project's risk method from a JSON file (docs/risk.md). Needs --by.")
		Path setMethod;

		@Option(names = "--show-method", description = "Print the project's risk method as JSON.")
		boolean showMethod;
	}

	@Option(names = "--by", paramLabel = "NAME", description = "Who decides (required with --override, --treat, --set-method).")
	String by;

	@Option(names = "--why", paramLabel = "TEXT", description = "Why (required with --override and --treat).")
	String why;

	@Option(names = "--control", paramLabel = "ID", description = "A control the treatment relies on (repeatable).")
	List<String> controls = new ArrayList<>();

	@Option(names = "--residual-impact", paramLabel = "LEVEL", description = "Impact level judged left after treatment.")
	String residualImpact;

	@Option(names = "--residual-feasibility", paramLabel = "LEVEL", description = "Feasibility level judged left after treatment.")
	String residualFeasibility;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv|heatmap-csv|html",
			description = "Register format (default: ${DEFAULT-VALUE}); JSON is documented in docs/risk.md.")
	String format;

	@Option(names = { "-o", "--out" }, paramLabel = "FILE", description = "Write the register to FILE (atomically) instead of standard output.")
	Path out;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Analyse as of this date; default: today.")
	LocalDate date;

	@Mixin
	KnowledgeOptions knowledge;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		checkOptions();
		RiskMethod newMethod = null;
		if (change != null && change.setMethod != null) {
			try {
				newMethod = RiskMethodFiles.load(change.setMethod);
			} catch (RiskMethodException e) {
				err.println("error: " + e.getMessage());
				return ExitCode.UNREADABLE;
			} catch (IOException e) {
				err.println(change.setMethod + ": error: cannot read the method: " + e.getMessage());
				return ExitCode.UNREADABLE;
			}
		}
		ModelInput.Checked checked = ModelInput.loadValid(file, err, "assessed");
		if (checked.failed()) {
			return checked.exitCode();
		}
		SystemModel model = checked.model();
		LocalDate day = date == null ? LocalDate.now() : date;
		AnalysisResult result = new ThreatAnalysis(model, BuiltInRules.all(), day).run();
		Set<String> current = new HashSet<>();
		result.findings().forEach(f -> current.add(f.id()));
		for (String findingId : findingIds) {
			if (!current.contains(findingId)) {
				err.println(file + ": no finding '" + findingId + "' in the current analysis (ids: threatwright risk " + file
						+ " --format csv)");
				return ExitCode.FAILED;
			}
		}
		try (ProductKnowledge kb = knowledge.open(file)) {
			Map<String, TriageDecision> triage = KnowledgeOptions.triage(kb, file, model.getId(), err).decisions();
			RiskKnowledge risks = RiskKnowledge.of(kb, model.getId());
			try {
				if (!record(risks, newMethod, err)) {
					return ExitCode.USAGE;
				}
			} catch (IllegalArgumentException e) {
				err.println("error: " + e.getMessage() + " (nothing was recorded)");
				return ExitCode.USAGE;
			}
			if (change != null && change.showMethod) {
				spec.commandLine().getOut().print(RiskMethodFiles.toJson(risks.method()));
				spec.commandLine().getOut().flush();
				return ExitCode.OK;
			}
			CurrentRisks assessed = CurrentRisks.assessAndPublish(kb, file, model, result, day, triage, err);
			RiskRegister register = RiskRegister.of(model.getName(), model.getRelease(), model.getId(), day, assessed.method(),
					assessed.assessed());
			return output(register, err);
		} catch (IOException | StoreException | IllegalArgumentException e) {
			err.println("error: " + e.getMessage());
			return ExitCode.UNREADABLE;
		}
	}

	private void checkOptions() {
		boolean needsFinding = change != null && (change.override != null || change.treat != null);
		if (needsFinding && findingIds.isEmpty()) {
			throw new ParameterException(spec.commandLine(), "--override and --treat need a FINDING-ID");
		}
		if (change != null && (change.override != null || change.treat != null || change.setMethod != null) && blank(by)) {
			throw new ParameterException(spec.commandLine(), "--by NAME is required: an override, treatment or method keeps who decided");
		}
		if (needsFinding && blank(why)) {
			throw new ParameterException(spec.commandLine(), "--why TEXT is required: an override or treatment keeps why");
		}
		boolean treating = change != null && change.treat != null;
		if (!treating && (!controls.isEmpty() || residualImpact != null || residualFeasibility != null)) {
			throw new ParameterException(spec.commandLine(), "--control, --residual-impact and --residual-feasibility go with --treat");
		}
		if (!List.of("text", "json", "csv", "heatmap-csv", "html").contains(format)) {
			throw new ParameterException(spec.commandLine(), "--format: expected text, json, csv, heatmap-csv or html, was " + format);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** Records the change asked for, if any; false after reporting bad input. */
	private boolean record(RiskKnowledge risks, RiskMethod newMethod, PrintWriter err) {
		if (change == null) {
			return true;
		}
		Instant now = Instant.now();
		if (newMethod != null) {
			risks.setMethod(new StoredMethod(newMethod, by, now));
			err.println("risk method set to '" + newMethod.name() + "' (knowledge base " + risks.decisionsGraph() + ")");
		} else if (change.override != null) {
			int equals = change.override.indexOf('=');
			if (equals <= 0 || equals == change.override.length() - 1) {
				err.println("error: --override: expected FACTOR=VALUE, was " + change.override);
				return false;
			}
			String factor = change.override.substring(0, equals).strip();
			String value = change.override.substring(equals + 1).strip();
			risks.override(findingIds.stream().distinct().map(id -> new FactorOverride(id, factor, value, by, now, why)).toList());
			err.println(subjects() + ": " + change.override + " recorded");
		} else if (change.treat != null) {
			TreatmentOption option = TreatmentOption.ofLabel(change.treat);
			risks.treat(findingIds.stream().distinct().map(id -> new Treatment(id, option, why, controls, residualImpact, residualFeasibility,
					by, now)).toList());
			err.println(subjects() + ": treatment " + change.treat + " recorded");
		}
		return true;
	}

	/** The finding a decision was recorded for, or how many. */
	private String subjects() {
		return findingIds.size() == 1 ? findingIds.get(0) : findingIds.size() + " findings";
	}

	private int output(RiskRegister register, PrintWriter err) throws IOException {
		StringWriter text = new StringWriter();
		if (!findingIds.isEmpty()) {
			List<RiskAssessment> shown = findingIds.stream().distinct().map(id -> register.risk(id).orElseThrow()).toList();
			if (format.equals("json")) {
				RiskRegisterWriter.writeJson(new RiskRegister(register.product(), register.release(), register.modelId(),
						register.evaluationDate(), register.method(), shown, register.heatMap()), text);
			} else {
				for (int i = 0; i < shown.size(); i++) {
					text.write(i == 0 ? "" : "\n");
					RiskRegisterWriter.writeExplanation(shown.get(i), text);
				}
			}
		} else {
			switch (format) {
				case "json" -> RiskRegisterWriter.writeJson(register, text);
				case "csv" -> RiskRegisterWriter.writeCsv(register, text);
				case "heatmap-csv" -> RiskRegisterWriter.writeHeatMapCsv(register, text);
				case "html" -> RiskRegisterWriter.writeHtml(register, text);
				default -> RiskRegisterWriter.writeText(register, text);
			}
		}
		if (out == null) {
			spec.commandLine().getOut().print(text);
			spec.commandLine().getOut().flush();
			return ExitCode.OK;
		}
		try {
			AtomicFiles.write(out, text.toString());
		} catch (IOException e) {
			err.println(out + ": error: cannot write the risk register: " + (e.getMessage() == null ? e : e.getMessage()));
			return ExitCode.UNREADABLE;
		}
		err.println("wrote " + out);
		return ExitCode.OK;
	}
}
