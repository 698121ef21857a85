package org.threatwright.ui.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.equinox.security.storage.StorageException;

import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageFile;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.TriageStore;
import org.threatwright.kb.audit.AuditedKnowledgeStore;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.StoreException;
import org.threatwright.ui.preferences.KnowledgeCredentials;
import org.threatwright.ui.preferences.KnowledgeLocation;
import org.threatwright.ui.preferences.ThreatwrightPreferences;

/**
 * The model's knowledge base as the command line uses it (analyze, triage), where the preferences say it is
 * ({@link ThreatwrightPreferences#knowledgeLocation()}): the TDB2 folder {@code X.kb} beside {@code X.tw} (the
 * default), one TDB2 folder, or a server started by {@code threatwright serve} with the password from secure storage.
 * It is opened for one operation and closed again, so that the command line can use it in between. A legacy sidecar
 * {@code X.tw.triage.json} is imported first, as the command line does.
 */
public final class KnowledgeAccess {

	/**
	 * Jobs that use the knowledge base run one at a time: TDB2 opens a folder once per process. Every job that opens
	 * the knowledge base uses this rule.
	 */
	public static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	/** Where server passwords come from: the user's secure storage, or one of its own (tests, embedding). */
	private static volatile Supplier<KnowledgeCredentials> credentials = KnowledgeCredentials::standard;

	private KnowledgeAccess() {
	}

	/** Reads server passwords from {@code storage}; null: from the user's default secure storage again. */
	public static void useCredentials(KnowledgeCredentials storage) {
		credentials = storage == null ? KnowledgeCredentials::standard : () -> storage;
	}

	/** Where the knowledge base of {@code modelFile} (may be null) is, in words, as the preferences say. */
	public static String describe(Path modelFile) {
		return ThreatwrightPreferences.get().knowledgeLocation().describe(modelFile);
	}

	/**
	 * Opens the model's knowledge base for one operation; the caller closes it. Every view opens the knowledge base
	 * here, so that where it lives (beside the model today) is decided in one place.
	 *
	 * @throws KnowledgeException naming the knowledge base and the problem
	 */
	public static ProductKnowledge open(Path modelFile) throws KnowledgeException {
		if (modelFile == null) {
			throw new KnowledgeException("The model has no file: its knowledge base is kept beside the model file,"
					+ " so open the model from a file first.", null);
		}
		KnowledgeLocation location = ThreatwrightPreferences.get().knowledgeLocation();
		if (location.kind() != KnowledgeLocation.Kind.SERVER) {
			return open(modelFile, location, null);
		}
		KnowledgeCredentials passwords;
		try {
			passwords = credentials.get();
		} catch (IllegalStateException e) {
			throw new KnowledgeException("Knowledge base " + location.server() + ": " + e.getMessage(), e);
		}
		return open(modelFile, location, passwords);
	}

	/**
	 * Opens the knowledge base of {@code modelFile} at {@code location}; a server's password comes from
	 * {@code credentials}.
	 *
	 * @throws KnowledgeException naming the knowledge base and the problem; for a server that cannot be reached
	 *         "Knowledge base URL unreachable: problem"
	 */
	public static ProductKnowledge open(Path modelFile, KnowledgeLocation location, KnowledgeCredentials credentials)
			throws KnowledgeException {
		String agent = AuditedKnowledgeStore.defaultAgent();
		switch (location.kind()) {
			case BESIDE_MODEL:
				try {
					return ProductKnowledge.besideModel(modelFile);
				} catch (StoreException | IllegalArgumentException e) {
					throw new KnowledgeException(problem(KnowledgeStores.folderBesideModel(modelFile), e), e);
				}
			case FOLDER:
				try {
					return ProductKnowledge.in(KnowledgeStores.tdb2(location.folder()), agent);
				} catch (StoreException | IllegalArgumentException e) {
					throw new KnowledgeException(problem(location.folder(), e), e);
				}
			default:
				return openServer(location, credentials, agent);
		}
	}

	private static ProductKnowledge openServer(KnowledgeLocation location, KnowledgeCredentials credentials, String agent)
			throws KnowledgeException {
		char[] password;
		try {
			password = credentials.password(location.server(), location.user()).orElse(null);
		} catch (StorageException e) {
			throw new KnowledgeException("Knowledge base " + location.server() + ": the password cannot be read from"
					+ " secure storage: " + e.getMessage(), e);
		}
		if (password == null) {
			throw new KnowledgeException("Knowledge base " + location.server() + ": no password stored for user "
					+ location.user() + " (Window > Preferences > Threatwright > Knowledge Base)", null);
		}
		try {
			return ProductKnowledge.in(KnowledgeStores.remote(location.server(), location.user(), password), agent);
		} catch (StoreException e) {
			throw new KnowledgeException("Knowledge base " + location.server() + " unreachable: " + e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new KnowledgeException("Knowledge base " + location.server() + ": " + e.getMessage(), e);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/**
	 * Whether the model has a knowledge base yet (reading views show nothing rather than create one); a server is
	 * taken to have one.
	 */
	public static boolean exists(Path modelFile) {
		if (modelFile == null) {
			return false;
		}
		KnowledgeLocation location = ThreatwrightPreferences.get().knowledgeLocation();
		return switch (location.kind()) {
			case BESIDE_MODEL -> Files.exists(KnowledgeStores.folderBesideModel(modelFile));
			case FOLDER -> Files.exists(location.folder());
			case SERVER -> true;
		};
	}

	/**
	 * The decisions about the model's findings; none, without creating a knowledge base, when the model has no
	 * knowledge base and no sidecar yet.
	 *
	 * @throws KnowledgeException naming the folder and the problem
	 */
	public static Map<String, TriageDecision> decisions(Path modelFile, String modelId) throws KnowledgeException {
		if (modelFile == null || !exists(modelFile) && !Files.exists(TriageFile.of(modelFile))) {
			return Map.of();
		}
		try (ProductKnowledge knowledge = open(modelFile)) {
			return triage(knowledge, modelFile, modelId).decisions();
		} catch (IOException | StoreException | IllegalArgumentException e) {
			throw new KnowledgeException(problemAt(modelFile, e), e);
		}
	}

	/**
	 * Records a decision in one write transaction.
	 *
	 * @throws KnowledgeException naming the folder and the problem; nothing is recorded then
	 */
	public static void record(Path modelFile, String modelId, TriageDecision decision) throws KnowledgeException {
		try (ProductKnowledge knowledge = open(modelFile)) {
			triage(knowledge, modelFile, modelId).record(decision);
		} catch (IOException | StoreException | IllegalArgumentException e) {
			throw new KnowledgeException(problemAt(modelFile, e), e);
		}
	}

	private static TriageStore triage(ProductKnowledge knowledge, Path modelFile, String modelId) throws IOException {
		TriageStore triage = knowledge.triage(modelId);
		triage.importSidecar(modelFile);
		return triage;
	}

	/** The problem of a knowledge base in use, naming where it is. */
	public static String problemAt(Path modelFile, Exception e) {
		KnowledgeLocation location = ThreatwrightPreferences.get().knowledgeLocation();
		return switch (location.kind()) {
			case BESIDE_MODEL -> problem(KnowledgeStores.folderBesideModel(modelFile), e);
			case FOLDER -> problem(location.folder(), e);
			case SERVER -> "Knowledge base " + location.server() + " failed: " + message(e);
		};
	}

	private static String problem(Path folder, Exception e) {
		String message = message(e);
		return message.contains(folder.getFileName().toString()) ? message
				: "knowledge base " + folder + ": " + message;
	}

	private static String message(Exception e) {
		return e.getMessage() == null ? e.toString() : e.getMessage();
	}

	/** The knowledge base could not be used; the message names it and the problem. */
	public static final class KnowledgeException extends Exception {
		private static final long serialVersionUID = 1L;

		public KnowledgeException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
