package org.threatwright.ui.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageFile;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.TriageStore;
import org.threatwright.kb.store.KnowledgeStores;
import org.threatwright.kb.store.StoreException;

/**
 * The model's knowledge base as the command line uses it (analyze, triage): the TDB2 folder {@code X.kb} beside
 * {@code X.tw}, opened for one operation and closed again, so that the command line can use it in between. A
 * legacy sidecar {@code X.tw.triage.json} is imported first, as the command line does.
 */
public final class KnowledgeAccess {

	private KnowledgeAccess() {
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
		try {
			return ProductKnowledge.besideModel(modelFile);
		} catch (StoreException | IllegalArgumentException e) {
			throw new KnowledgeException(problem(modelFile, e), e);
		}
	}

	/** Whether the model has a knowledge base yet (reading views show nothing rather than create one). */
	public static boolean exists(Path modelFile) {
		return modelFile != null && Files.exists(KnowledgeStores.folderBesideModel(modelFile));
	}

	/**
	 * The decisions about the model's findings; none, without creating a knowledge base, when the model has no
	 * knowledge base and no sidecar yet.
	 *
	 * @throws KnowledgeException naming the folder and the problem
	 */
	public static Map<String, TriageDecision> decisions(Path modelFile, String modelId) throws KnowledgeException {
		if (modelFile == null || !Files.exists(KnowledgeStores.folderBesideModel(modelFile))
				&& !Files.exists(TriageFile.of(modelFile))) {
			return Map.of();
		}
		try (ProductKnowledge knowledge = open(modelFile)) {
			return triage(knowledge, modelFile, modelId).decisions();
		} catch (IOException | StoreException | IllegalArgumentException e) {
			throw new KnowledgeException(problem(modelFile, e), e);
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
			throw new KnowledgeException(problem(modelFile, e), e);
		}
	}

	private static TriageStore triage(ProductKnowledge knowledge, Path modelFile, String modelId) throws IOException {
		TriageStore triage = knowledge.triage(modelId);
		triage.importSidecar(modelFile);
		return triage;
	}

	private static String problem(Path modelFile, Exception e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		Path folder = KnowledgeStores.folderBesideModel(modelFile);
		return message.contains(folder.getFileName().toString()) ? message
				: "knowledge base " + folder + ": " + message;
	}

	/** The knowledge base could not be used; the message names it and the problem. */
	public static final class KnowledgeException extends Exception {
		private static final long serialVersionUID = 1L;

		KnowledgeException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
