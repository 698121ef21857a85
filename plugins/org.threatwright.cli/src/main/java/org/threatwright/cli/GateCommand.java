package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.threatwright.analysis.api.Severity;
import org.threatwright.kb.requirements.PublishedRisks;
import org.threatwright.kb.store.StoreException;
import org.threatwright.risk.gate.GateFinding;
import org.threatwright.risk.gate.GateReason;
import org.threatwright.risk.gate.GateRequirement;
import org.threatwright.risk.gate.GateResult;
import org.threatwright.risk.gate.ReleaseGate;
import org.threatwright.risk.requirements.RequirementBook;
import org.threatwright.risk.requirements.RequirementVerification;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threatwright gate FILE --release X}: the release gate (ZVEI 1.5). Exit 0 when the release may ship, 1 with
 * every reason listed when it may not.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
		description = { "The release gate (ZVEI 1.5): fails, listing each reason, when a risk above the acceptance threshold is",
				"untreated or its residual risk still exceeds it, a requirement for such a risk is not verified, or a finding",
				"at or above --fail-on-open is still open. Assesses the risks of the current analysis (as 'risk' does, publishing",
				"them) and reads the requirements and evidence from the knowledge base.",
				"Exit code 0 pass, 1 fail. See docs/requirements.md." })
final class GateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "A model file (*.tw).")
	Path file;

	@Option(names = "--release", required = true, paramLabel = "X", description = "The release to gate, e.g. 2.1.0.")
	String release;

	@Option(names = "--fail-on-open", defaultValue = "high", paramLabel = "critical|high|medium|low|info|none",
			description = "Open findings at or above this severity fail the gate (default: ${DEFAULT-VALUE}; none: they do not).")
	String failOnOpen;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
	OutputFormat format;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Analyse as of this date; default: today.")
	LocalDate date;

	@Mixin
	KnowledgeOptions knowledge;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Severity severity;
		try {
			severity = ReleaseGate.failOnOpen(failOnOpen);
		} catch (IllegalArgumentException e) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--fail-on-open: " + e.getMessage());
		}
		try (RecordsSession session = RecordsSession.open(file, knowledge, date, err)) {
			if (!session.analysis.complete()) {
				err.println(file + ": the analysis is incomplete (" + session.analysis.failures().size()
						+ " rule(s) failed); an incomplete analysis cannot pass a gate");
				return ExitCode.INCOMPLETE;
			}
			RequirementBook book = session.requirements.book();
			PublishedRisks risks = session.risks(err);
			RequirementVerification verification = RequirementVerification.of(book);
			GateResult result = new ReleaseGate(release, session.model.getRelease(), risks.risks(),
					book.requirements().stream().map(r -> GateRequirement.of(r, verification)).toList(),
					GateFinding.of(session.register), severity).evaluate();
			print(out, session, risks, result, severity);
			return result.passed() ? ExitCode.OK : ExitCode.FAILED;
		} catch (RecordsSession.Stop stop) {
			return stop.code;
		} catch (IllegalArgumentException e) {
			err.println(file + ": error: " + e.getMessage());
			return ExitCode.UNREADABLE;
		} catch (IOException | StoreException e) {
			err.println("error: " + e.getMessage());
			return ExitCode.UNREADABLE;
		}
	}

	private void print(PrintWriter out, RecordsSession session, PublishedRisks risks, GateResult result, Severity severity) {
		long above = risks.risks().stream().filter(r -> r.exceedsThreshold()).count();
		if (format == OutputFormat.JSON) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("product", session.model.getName());
			json.put("modelId", session.model.getId());
			json.put("release", release);
			json.put("passed", result.passed());
			json.put("failOnOpen", severity == null ? "none" : severity.label());
			json.put("acceptanceThreshold", risks.threshold());
			json.put("risksAboveThreshold", above);
			json.put("reasons", result.reasons().stream().map(GateCommand::json).toList());
			Json.print(out, json);
			return;
		}
		String product = session.model.getName() + " release " + release;
		if (result.passed()) {
			out.println("gate passed: " + product + " (" + RecordViews.plural((int) above, "risk")
					+ " above the acceptance threshold, each treated and its requirements verified)");
			return;
		}
		out.println("gate failed: " + product + ", " + RecordViews.plural(result.reasons().size(), "reason") + ":");
		result.reasons().forEach(reason -> out.println("  " + reason.kind().label() + ": " + reason.message()));
	}

	private static Map<String, Object> json(GateReason reason) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("kind", reason.kind().label());
		json.put("subject", reason.subject());
		json.put("message", reason.message());
		return json;
	}
}
