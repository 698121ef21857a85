package org.threatwright.cli;

import org.threatwright.kb.store.StoreException;
import org.threatwright.model.SystemModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageFile;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.TriageStore;
import org.threatwright.kb.server.KnowledgeServer;
import org.threatwright.kb.server.Passwords;
import org.threatwright.kb.store.KnowledgeStores;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where a command finds the model's knowledge base: the TDB2 folder beside the model (default), another folder
 * ({@code --store}) or a server started by {@code threatwright serve} ({@code --remote}). Shared by analyze, triage
 * and trace as a picocli mixin.
 */
final class KnowledgeOptions {

	@Spec(Spec.Target.MIXEE)
	CommandSpec spec;

	@Option(names = "--store", paramLabel = "DIR",
			description = "Knowledge base folder (TDB2), created when absent (default: FILE's folder X.kb beside X.tw).")
	Path store;

	@Option(names = "--remote", paramLabel = "URL",
			description = "Knowledge base served by 'threatwright serve', e.g. http://127.0.0.1:3030/kb (needs --password-file).")
	URI remote;

	@Option(names = "--user", defaultValue = KnowledgeServer.DEFAULT_USER, paramLabel = "U",
			description = "User for --remote (default: ${DEFAULT-VALUE}).")
	String user;

	@Option(names = "--password-file", paramLabel = "F",
			description = "File whose first line is the --remote password; readable by its owner only.")
	Path passwordFile;

	/**
	 * Opens the knowledge base.
	 *
	 * @throws org.threatwright.kb.store.StoreException naming the folder or server when it cannot be used
	 * @throws IllegalArgumentException when the password file cannot be used
	 */
	ProductKnowledge open(Path modelFile) {
		return open(modelFile, org.threatwright.kb.audit.AuditedKnowledgeStore.defaultAgent());
	}

	/** Opens the knowledge base with its writes recorded in the audit log as made by {@code agent}. */
	ProductKnowledge open(Path modelFile, String agent) {
		if (remote != null && store != null) {
			throw new ParameterException(spec.commandLine(), "--store and --remote exclude each other");
		}
		if (remote == null) {
			return ProductKnowledge.in(store != null ? KnowledgeStores.tdb2(store) : KnowledgeStores.besideModel(modelFile), agent);
		}
		if (passwordFile == null) {
			throw new ParameterException(spec.commandLine(), "--remote needs --password-file");
		}
		char[] password = Passwords.readFile(passwordFile);
		try {
			return ProductKnowledge.in(KnowledgeStores.remote(remote, user, password), agent);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/**
	 * True when nothing was asked for but the default folder, it does not exist and there is no sidecar to import: a
	 * command that only reads decisions then has none, and need not create an empty knowledge base.
	 */
	boolean nothingToRead(Path modelFile) {
		return store == null && remote == null && !Files.exists(KnowledgeStores.folderBesideModel(modelFile))
				&& !Files.exists(TriageFile.of(modelFile));
	}

	/**
	 * The model's triage decisions, after importing the legacy sidecar {@code FILE.triage.json} once (saying so on
	 * standard error) so that nobody's decisions are lost.
	 */
	static TriageStore triage(ProductKnowledge knowledge, Path modelFile, String modelId, PrintWriter err) throws IOException {
		TriageStore triage = knowledge.triage(modelId);
		triage.importSidecar(modelFile).ifPresent(imported -> err.println(TriageFile.of(modelFile) + ": imported "
				+ imported.decisions() + " triage decision(s) into the knowledge base " + knowledge.describe()
				+ "; the file is now " + imported.renamedTo().getFileName()));
		return triage;
	}

	/**
	 * The decisions a reading command (analyze, comply) joins to its findings: those in the knowledge base, after
	 * the sidecar import; none, without creating a knowledge base, when there is nothing to read.
	 */
	Map<String, TriageDecision> decisions(Path modelFile, String modelId, PrintWriter err) throws IOException {
		if (nothingToRead(modelFile)) {
			return Map.of();
		}
		try (ProductKnowledge knowledge = open(modelFile)) {
			return triage(knowledge, modelFile, modelId, err).decisions();
		}
	}

	/** Work on a loaded model and its open knowledge base; returns the exit code. */
	@FunctionalInterface
	interface ModelWork {
		int run(SystemModel model, ProductKnowledge knowledge);
	}

	/**
	 * Loads the model in {@code modelFile}, opens its knowledge base and runs {@code work}: the frame of the commands
	 * that read the knowledge base about a model. An unreadable model or a store error is reported on {@code err}
	 * naming the file, with exit code 3.
	 */
	int withModel(Path modelFile, PrintWriter err, ModelWork work) {
		SystemModel model = ModelInput.loadOrReport(modelFile, err);
		if (model == null) {
			return ExitCode.UNREADABLE;
		}
		try (ProductKnowledge knowledge = open(modelFile)) {
			return work.run(model, knowledge);
		} catch (StoreException | IllegalArgumentException e) {
			err.println(modelFile + ": error: " + e.getMessage());
			return ExitCode.UNREADABLE;
		}
	}
}
