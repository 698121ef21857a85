package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.history.HistoryDiff;
import org.threatwright.kb.history.HistoryText;
import org.threatwright.kb.history.SemanticDiff;
import org.threatwright.kb.history.SnapshotView;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.SystemModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code threatwright diff FILE --from A --to B}: what changed between two baselines, or a baseline and the working model. */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = { "Semantic difference between two baselines, or a baseline and the working model ('working'):",
				"elements, flows, boundaries, interfaces, components added/removed/changed (old → new), findings that appeared",
				"or disappeared, risks, requirements, verification and decisions that changed, each with what it means for",
				"security. JSON is documented in docs/history.md." })
final class DiffCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "A model file (*.tw).")
	Path file;

	@Option(names = "--from", paramLabel = "A", description = "A baseline name or 'working' (default: the latest baseline).")
	String from;

	@Option(names = "--to", defaultValue = "working", paramLabel = "B", description = "A baseline name or 'working' (default: ${DEFAULT-VALUE}).")
	String to;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
	OutputFormat format;

	@Mixin
	KnowledgeOptions knowledge;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ModelInput.Checked checked = ModelInput.loadValid(file, err, "compared");
		if (checked.failed()) {
			return checked.exitCode();
		}
		SystemModel model = checked.model();
		try (ProductKnowledge kb = knowledge.open(file)) {
			String fromName = from != null ? from : HistoryInputs.latestBaseline(kb, model, file, err);
			if (fromName == null) {
				return ExitCode.UNREADABLE;
			}
			SnapshotView a = HistoryInputs.snapshot(kb, file, model, fromName, err);
			SnapshotView b = HistoryInputs.snapshot(kb, file, model, to, err);
			HistoryDiff diff = new SemanticDiff(a, b).diff();
			if (format == OutputFormat.JSON) {
				Json.print(out, diff);
			} else {
				HistoryText.diff(diff, out);
			}
			return ExitCode.OK;
		} catch (StoreException | IllegalArgumentException e) {
			err.println(file + ": error: " + e.getMessage());
			return ExitCode.UNREADABLE;
		}
	}
}
