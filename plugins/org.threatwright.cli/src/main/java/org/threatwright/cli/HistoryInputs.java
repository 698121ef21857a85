package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.history.Baselines;
import org.threatwright.kb.history.SnapshotView;
import org.threatwright.kb.history.WorkingSnapshot;
import org.threatwright.model.SystemModel;

/** What the history commands share: analysing the working model, publishing it, and resolving snapshot names. */
final class HistoryInputs {

	private HistoryInputs() {
	}

	/** The model analysed today, with the triage decisions of the knowledge base joined. */
	static ThreatRegister analyse(ProductKnowledge kb, Path file, SystemModel model, PrintWriter err, boolean withPaths)
			throws IOException {
		LocalDate today = LocalDate.now();
		AnalysisResult result = new ThreatAnalysis(model, BuiltInRules.all(), today).run();
		Map<String, TriageDecision> triage = KnowledgeOptions.triage(kb, file, model.getId(), err).decisions();
		return ThreatRegister.of(model, today, result, withPaths ? TargetPaths.of(model, 5) : List.of(), List.of(), triage);
	}

	/** Publishes the model and its analysis (as 'trace' would), so that the working graphs are current. */
	static void publish(ProductKnowledge kb, Path file, SystemModel model, PrintWriter err) throws IOException {
		ThreatRegister register = analyse(kb, file, model, err, true);
		kb.publish(model, register, AnalysisPublication.BUILT_IN_RULES, Files.getLastModifiedTime(file).toInstant());
	}

	/** The snapshot a name stands for: a baseline, or {@value Baselines#WORKING} for the model file as it is now. */
	static SnapshotView snapshot(ProductKnowledge kb, Path file, SystemModel model, String name, PrintWriter err) throws IOException {
		if (Baselines.WORKING.equals(name)) {
			return WorkingSnapshot.of(kb.store(), model, analyse(kb, file, model, err, false), AnalysisPublication.BUILT_IN_RULES);
		}
		return new Baselines(kb.store(), model.getId()).stored(name);
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
