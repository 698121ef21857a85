package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.history.BaselineException;
import org.threatwright.kb.history.BaselineInfo;
import org.threatwright.kb.history.Baselines;
import org.threatwright.kb.history.NewBaseline;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code threatwright baseline create|list|show|load}: immutable release snapshots of a model's knowledge. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
		description = { "Release baselines: immutable snapshots of the model, its findings and triage, risks, requirements,",
				"controls, verification evidence and design decisions, kept in the knowledge base (docs/history.md)." },
		subcommands = { BaselineCommand.Create.class, BaselineCommand.ListBaselines.class, BaselineCommand.Show.class,
				BaselineCommand.Load.class })
final class BaselineCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	@Command(name = "create", mixinStandardHelpOptions = true,
			description = "Analyses and publishes the model, then freezes every working graph as baseline NAME (never modified afterwards).")
	static final class Create implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(index = "0", paramLabel = "FILE", description = "A model file (*.tw).")
		Path file;
		@Parameters(index = "1", paramLabel = "NAME", description = "The baseline's name, unique per model (e.g. v1).")
		String name;
		@Option(names = "--version", paramLabel = "V", description = "A version label (default: the model's release).")
		String version;
		@Option(names = "--by", paramLabel = "NAME", description = "Who creates it (default: the user name).")
		String by = System.getProperty("user.name");
		@Mixin
		KnowledgeOptions knowledge;

		@Override
		public Integer call() throws IOException {
			PrintWriter out = spec.commandLine().getOut();
			PrintWriter err = spec.commandLine().getErr();
			ModelInput.Checked checked = ModelInput.loadValid(file, err, "baselined");
			if (checked.failed()) {
				return checked.exitCode();
			}
			SystemModel model = checked.model();
			NewBaseline request;
			try {
				request = new NewBaseline(name, version != null ? version : model.getRelease(), by,
						file.getFileName().toString(), Files.readAllBytes(file), HistoryInputs.modified(file));
			} catch (IllegalArgumentException e) {
				throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
			}
			try (ProductKnowledge kb = knowledge.open(file, by)) {
				Baselines baselines = new Baselines(kb.store(), model.getId());
				if (baselines.find(request.name()).isPresent()) {
					err.println(file + ": error: baseline '" + request.name() + "' already exists; baselines are never modified:"
							+ " choose another name");
					return ExitCode.FAILED;
				}
				HistoryInputs.publish(kb, file, model, err);
				BaselineInfo info = baselines.create(request);
				out.println("baseline " + info.name() + (info.version() == null ? "" : " (version " + info.version() + ")")
						+ " of " + file + " created by " + info.author() + " at " + info.createdAt() + ": " + parts(info));
				return ExitCode.OK;
			} catch (BaselineException e) {
				err.println(file + ": error: " + e.getMessage());
				return ExitCode.FAILED;
			} catch (StoreException | IllegalArgumentException e) {
				err.println(file + ": error: " + e.getMessage());
				return ExitCode.UNREADABLE;
			}
		}
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the model's baselines, oldest first.")
	static final class ListBaselines implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(index = "0", paramLabel = "FILE", description = "A model file (*.tw).")
		Path file;
		@Mixin
		KnowledgeOptions knowledge;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			return knowledge.withModel(file, err, (model, kb) -> {
				for (BaselineInfo info : new Baselines(kb.store(), model.getId()).list()) {
					spec.commandLine().getOut().println(info.name() + "  " + (info.version() == null ? "-" : info.version()) + "  "
							+ info.author() + "  " + info.createdAt() + "  " + parts(info));
				}
				return ExitCode.OK;
			});
		}
	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one baseline's manifest.")
	static final class Show implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(index = "0", paramLabel = "FILE", description = "A model file (*.tw).")
		Path file;
		@Parameters(index = "1", paramLabel = "NAME", description = "The baseline.")
		String name;
		@Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
		OutputFormat format;
		@Mixin
		KnowledgeOptions knowledge;

		@Override
		public Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			PrintWriter err = spec.commandLine().getErr();
			return knowledge.withModel(file, err, (model, kb) -> {
				BaselineInfo info = new Baselines(kb.store(), model.getId()).get(name);
				if (format == OutputFormat.JSON) {
					Json.print(out, info);
					return ExitCode.OK;
				}
				out.println("baseline " + info.name() + " of model " + info.modelId());
				out.println("  version:  " + (info.version() == null ? "-" : info.version()));
				out.println("  created:  " + info.createdAt() + " by " + info.author());
				out.println("  source:   " + info.sourceFile() + " (sha256 " + info.sourceSha256() + ", modified "
						+ info.sourceModified() + ")");
				out.println("  parts:    " + parts(info));
				return ExitCode.OK;
			});
		}
	}

	@Command(name = "load", mixinStandardHelpOptions = true,
			description = "Writes the exact model file a baseline was taken from to OUT (atomically).")
	static final class Load implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(index = "0", paramLabel = "FILE", description = "A model file (*.tw) whose knowledge base holds the baseline.")
		Path file;
		@Parameters(index = "1", paramLabel = "NAME", description = "The baseline.")
		String name;
		@Option(names = { "-o", "--out" }, required = true, paramLabel = "OUT", description = "Where to write the model.")
		Path target;
		@Option(names = "--force", description = "Overwrite OUT if it exists.")
		boolean force;
		@Mixin
		KnowledgeOptions knowledge;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			SystemModel model = ModelInput.loadOrReport(file, err);
			if (model == null) {
				return ExitCode.UNREADABLE;
			}
			if (Files.exists(target) && !force) {
				err.println(target + ": error: the file exists; use --force to overwrite it");
				return ExitCode.FAILED;
			}
			try (ProductKnowledge kb = knowledge.open(file)) {
				String text = new Baselines(kb.store(), model.getId()).modelText(name);
				AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
				spec.commandLine().getOut().println("wrote baseline " + name + " of " + file + " to " + target);
				return ExitCode.OK;
			} catch (IOException e) {
				err.println(target + ": error: cannot write: " + e.getMessage());
				return ExitCode.UNREADABLE;
			} catch (StoreException | IllegalArgumentException e) {
				err.println(file + ": error: " + e.getMessage());
				return ExitCode.UNREADABLE;
			}
		}
	}

	static String parts(BaselineInfo info) {
		StringBuilder text = new StringBuilder();
		info.parts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(part -> text
				.append(text.isEmpty() ? "" : ", ").append(part.getKey().partName()).append(' ').append(part.getValue()));
		return text.toString();
	}
}
