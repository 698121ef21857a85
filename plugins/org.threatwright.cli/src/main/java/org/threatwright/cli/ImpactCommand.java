package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.history.ChangeImpact;
import org.threatwright.kb.history.HistoryDiff;
import org.threatwright.kb.history.HistoryText;
import org.threatwright.kb.history.ImpactReport;
import org.threatwright.kb.history.SemanticDiff;
import org.threatwright.kb.history.SnapshotView;
import org.threatwright.kb.history.Baselines;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.SystemModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code threatwright impact FILE}: what the changes since the last baseline mean for security, as a gate. */
@Command(name = "impact", mixinStandardHelpOptions = true,
		description = { "Re-analyses the working model and compares it with a baseline (default: the latest): new findings,",
				"new and worsened risks, verifications invalidated because the elements they cover changed, design decisions",
				"to review, components whose supplier or support period changed (docs/history.md).",
				"Exit 0: nothing to review; 1: review needed (what counts: --fail-on); 3: no baseline or unreadable input." })
final class ImpactCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "A model file (*.tw).")
	Path file;

	@Option(names = "--against", paramLabel = "BASELINE", description = "The baseline to compare with (default: the latest).")
	String against;

	@Option(names = "--severity", defaultValue = "medium", paramLabel = "SEVERITY",
			description = "Report new findings at or above this severity (default: ${DEFAULT-VALUE}).")
	String severity;

	@Option(names = "--fail-on", split = ",", paramLabel = "REASON",
			description = "What makes the exit code 1: any of new-findings, new-risks, worsened-risks, invalidated-verifications,"
					+ " decisions, supply-chain (default: all).")
	List<String> failOn;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
	OutputFormat format;

	@Mixin
	KnowledgeOptions knowledge;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Set<ImpactReport.Reason> gate = reasons();
		ModelInput.Checked checked = ModelInput.loadValid(file, err, "assessed");
		if (checked.failed()) {
			return checked.exitCode();
		}
		SystemModel model = checked.model();
		try (ProductKnowledge kb = knowledge.open(file)) {
			String baseline = against != null ? against : HistoryInputs.latestBaseline(kb, model, file, err);
			if (baseline == null) {
				return ExitCode.UNREADABLE;
			}
			SnapshotView before = HistoryInputs.snapshot(kb, file, model, baseline, err);
			SnapshotView now = HistoryInputs.snapshot(kb, file, model, Baselines.WORKING, err);
			HistoryDiff diff = new SemanticDiff(before, now).diff();
			ImpactReport report = new ChangeImpact(before, now, diff, severity.toLowerCase(Locale.ROOT)).report();
			if (format == OutputFormat.JSON) {
				Json.print(out, new ImpactJson(report, diff));
			} else {
				HistoryText.diff(diff, out);
				out.println();
				HistoryText.impact(report, out);
			}
			return report.reasons().stream().anyMatch(gate::contains) ? ExitCode.FAILED : ExitCode.OK;
		} catch (StoreException | IllegalArgumentException e) {
			err.println(file + ": error: " + e.getMessage());
			return ExitCode.UNREADABLE;
		}
	}

	/** The JSON document: the impact, and the diff it was computed from. */
	record ImpactJson(ImpactReport impact, HistoryDiff diff) {
	}

	private Set<ImpactReport.Reason> reasons() {
		if (failOn == null || failOn.isEmpty()) {
			return EnumSet.allOf(ImpactReport.Reason.class);
		}
		Set<ImpactReport.Reason> reasons = EnumSet.noneOf(ImpactReport.Reason.class);
		for (String text : failOn) {
			try {
				reasons.add(ImpactReport.Reason.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
			} catch (IllegalArgumentException e) {
				throw new ParameterException(spec.commandLine(), "--fail-on: unknown reason '" + text + "' (new-findings, new-risks,"
						+ " worsened-risks, invalidated-verifications, decisions, supply-chain)");
			}
		}
		return reasons;
	}
}
