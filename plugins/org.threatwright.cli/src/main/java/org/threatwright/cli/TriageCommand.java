package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.TriageStore;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.SystemModel;
import org.threatwright.model.validation.ModelValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threatwright triage FILE [FINDING-ID --status S --justification J]}: records what a person decided
 * about a finding, in the model's knowledge base (default: the folder X.kb beside X.tw); without a finding id, lists
 * the decisions. A legacy sidecar FILE.triage.json is imported once and renamed to FILE.triage.json.imported.
 */
@Command(name = "triage", mixinStandardHelpOptions = true,
		description = { "Records a triage decision about a finding (by its id from 'analyze'), or lists the decisions.",
				"Decisions are kept in the knowledge base (default: the folder X.kb beside X.tw) and survive re-analysis;",
				"a legacy FILE.triage.json is imported into it once and renamed to FILE.triage.json.imported." })
final class TriageCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "A model file (*.tw).")
	Path file;

	@Parameters(index = "1", arity = "0..1", paramLabel = "FINDING-ID", description = "The finding to decide about.")
	String findingId;

	@Option(names = "--status", paramLabel = "open|mitigated|not-applicable|accepted", description = "The decision.")
	String status;

	@Option(names = "--justification", paramLabel = "TEXT", description = "Why (required unless the status is open).")
	String justification;

	@Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: the user name).")
	String by = System.getProperty("user.name");

	@Mixin
	KnowledgeOptions knowledge;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (findingId != null && status == null) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--status is required with a FINDING-ID");
		}
		SystemModel model = ModelInput.loadOrReport(file, err);
		if (model == null) {
			return ExitCode.UNREADABLE;
		}
		TriageDecision decision = null;
		if (findingId != null) {
			int refused = checkFinding(model, err);
			if (refused != ExitCode.OK) {
				return refused;
			}
			try {
				decision = new TriageDecision(findingId, TriageStatus.ofLabel(status), justification, by, Instant.now());
			} catch (IllegalArgumentException e) {
				throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
			}
		}
		try (ProductKnowledge kb = knowledge.open(file)) {
			TriageStore triage = KnowledgeOptions.triage(kb, file, model.getId(), err);
			if (decision == null) {
				triage.decisions().values().forEach(d -> out.println(d.findingId() + "  " + d.status().label() + "  " + d.by()
						+ "  " + d.at() + (d.justification() == null ? "" : "  " + d.justification())));
				return ExitCode.OK;
			}
			triage.record(decision);
			out.println(findingId + ": " + decision.status().label() + " (knowledge base " + kb.describe() + ")");
			return ExitCode.OK;
		} catch (IOException | StoreException | IllegalArgumentException e) {
			err.println("error: " + e.getMessage());
			return ExitCode.UNREADABLE;
		}
	}

	/** Refuses an invalid model or a finding the current analysis does not derive, before the store is touched. */
	private int checkFinding(SystemModel model, PrintWriter err) {
		if (!new ModelValidator(model).isValid()) {
			err.println(file + ": the model has errors; run 'threatwright validate " + file + "'");
			return ExitCode.FAILED;
		}
		Set<String> derived = new ThreatAnalysis(model, BuiltInRules.all(), LocalDate.now()).run().findings().stream()
				.map(Finding::id).collect(Collectors.toSet());
		if (!derived.contains(findingId)) {
			err.println(file + ": no finding '" + findingId + "' in the current analysis (ids: threatwright analyze "
					+ file + " --format csv)");
			return ExitCode.FAILED;
		}
		return ExitCode.OK;
	}
}
