package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.audit.AuditedKnowledgeStore;
import org.threatwright.kb.history.ArchiveException;
import org.threatwright.kb.history.HistoryArchive;
import org.threatwright.kb.store.StoreException;
import org.threatwright.model.SystemModel;
import org.threatwright.model.io.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code threatwright archive export|import}: the whole history of a product as one file, for lifetime retention. */
@Command(name = "archive", mixinStandardHelpOptions = true,
		description = "Exports the whole history of a product (model, baselines, decisions, audit log...) as one zip, or imports"
				+ " one losslessly (format: docs/history.md).",
		subcommands = { ArchiveCommand.Export.class, ArchiveCommand.Import.class })
final class ArchiveCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the history of FILE's model to ARCHIVE (atomically).")
	static final class Export implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(index = "0", paramLabel = "FILE", description = "A model file (*.tw).")
		Path file;
		@Option(names = { "-o", "--out" }, required = true, paramLabel = "ARCHIVE", description = "The zip to write.")
		Path archive;
		@Option(names = "--force", description = "Overwrite ARCHIVE if it exists.")
		boolean force;
		@Option(names = "--by", paramLabel = "NAME", description = "Who exports (default: the user name).")
		String by = System.getProperty("user.name");
		@Mixin
		KnowledgeOptions knowledge;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			SystemModel model = ModelInput.loadOrReport(file, err);
			if (model == null) {
				return ExitCode.UNREADABLE;
			}
			if (Files.exists(archive) && !force) {
				err.println(archive + ": error: the file exists; use --force to overwrite it");
				return ExitCode.FAILED;
			}
			try (ProductKnowledge kb = knowledge.open(file, by)) {
				HistoryArchive.Manifest manifest = HistoryArchive.export(kb.store(), model.getId(), file.getFileName().toString(),
						Files.readAllBytes(file), by, archive);
				spec.commandLine().getOut().println("wrote " + archive + ": " + manifest.graphs().size() + " graph(s) of model "
						+ model.getId() + " and " + file.getFileName());
				return ExitCode.OK;
			} catch (IOException e) {
				err.println(archive + ": error: cannot write: " + e.getMessage());
				return ExitCode.UNREADABLE;
			} catch (StoreException | IllegalArgumentException e) {
				err.println(file + ": error: " + e.getMessage());
				return ExitCode.UNREADABLE;
			}
		}
	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = { "Imports ARCHIVE: writes its model file to --to FILE and its graphs into FILE's knowledge base,",
					"which must not hold the model yet (else --replace). Everything is checked first: a corrupt archive changes nothing." })
	static final class Import implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(index = "0", paramLabel = "ARCHIVE", description = "A history archive (zip).")
		Path archive;
		@Option(names = "--to", required = true, paramLabel = "FILE", description = "Where to write the model file (*.tw).")
		Path file;
		@Option(names = "--replace", description = "Replace the model's graphs and the model file if they exist.")
		boolean replace;
		@Option(names = "--by", paramLabel = "NAME", description = "Who imports (default: the user name).")
		String by = System.getProperty("user.name");
		@Mixin
		KnowledgeOptions knowledge;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			if (Files.exists(file) && !replace) {
				err.println(file + ": error: the file exists; use --replace to overwrite it and its model's knowledge");
				return ExitCode.FAILED;
			}
			try {
				HistoryArchive.read(archive); // everything checked before the knowledge base is opened or created
			} catch (ArchiveException e) {
				err.println("error: " + e.getMessage());
				return ExitCode.UNREADABLE;
			} catch (IOException e) {
				err.println(archive + ": error: cannot read: " + e.getMessage());
				return ExitCode.UNREADABLE;
			}
			try (ProductKnowledge kb = knowledge.open(file, by)) {
				HistoryArchive.Imported imported = HistoryArchive.importInto((AuditedKnowledgeStore) kb.store(), archive, replace);
				if (imported.modelFile() != null) {
					AtomicFiles.write(file, imported.modelFile());
				}
				spec.commandLine().getOut().println("imported " + imported.manifest().graphs().size() + " graph(s) of model "
						+ imported.manifest().modelId() + " into " + kb.describe() + "; model written to " + file);
				return ExitCode.OK;
			} catch (ArchiveException e) {
				err.println("error: " + e.getMessage());
				return ExitCode.FAILED;
			} catch (IOException e) {
				err.println(file + ": error: " + e.getMessage());
				return ExitCode.UNREADABLE;
			} catch (StoreException | IllegalArgumentException e) {
				err.println(file + ": error: " + e.getMessage());
				return ExitCode.UNREADABLE;
			}
		}
	}
}
