package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.history.Baselines;
import org.threatwright.kb.history.ModelHistory;
import org.threatwright.kb.history.SnapshotView;
import org.threatwright.model.SystemModel;

/** What the history commands share: analysing the working model, publishing it, and resolving snapshot names. */
final class HistoryInputs {

	private HistoryInputs() {
	}

	/** Publishes the model and its analysis (as 'trace' would), so that the working graphs are current. */
	static void publish(ProductKnowledge kb, Path file, SystemModel model, PrintWriter err) throws IOException {
		KnowledgeOptions.triage(kb, file, model.getId(), err);
		new ModelHistory(kb, file, model).publish();
	}

	/** The snapshot a name stands for: a baseline, or {@value Baselines#WORKING} for the model file as it is now. */
	static SnapshotView snapshot(ProductKnowledge kb, Path file, SystemModel model, String name, PrintWriter err) throws IOException {
		if (Baselines.WORKING.equals(name)) {
			KnowledgeOptions.triage(kb, file, model.getId(), err);
		}
		return new ModelHistory(kb, file, model).snapshot(name);
	}

	/** The name of the latest baseline, or null after saying there is none. */
	static String latestBaseline(ProductKnowledge kb, SystemModel model, Path file, PrintWriter err) {
		return new Baselines(kb.store(), model.getId()).latest().map(b -> b.name()).orElseGet(() -> {
			err.println(file + ": the model has no baseline yet (create one: threatwright baseline create " + file + " NAME)");
			return null;
		});
	}

	static Instant modified(Path file) throws IOException {
		return Files.getLastModifiedTime(file).toInstant();
	}
}
