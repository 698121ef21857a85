package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.requirements.PublishedRisks;
import org.threatwright.kb.requirements.RequirementStore;
import org.threatwright.model.SystemModel;
import org.threatwright.risk.requirements.FindingIndex;

/**
 * What the requirement, control, verify and gate commands work on: the valid model, its current analysis joined to
 * the triage decisions, and its knowledge base. Closing it closes the knowledge base.
 */
final class RecordsSession implements AutoCloseable {

	/** Ends a command early with an exit code, after the reason was printed. */
	static final class Stop extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final int code;

		Stop(int code) {
			super(null, null, false, false);
			this.code = code;
		}
	}

	final Path file;
	final SystemModel model;
	final LocalDate day;
	final AnalysisResult analysis;
	final Map<String, TriageDecision> triage;
	final ThreatRegister register;
	final FindingIndex findings;
	final ProductKnowledge knowledge;
	final RequirementStore requirements;

	private RecordsSession(Path file, SystemModel model, LocalDate day, AnalysisResult analysis,
			Map<String, TriageDecision> triage, ThreatRegister register, ProductKnowledge knowledge) {
		this.file = file;
		this.model = model;
		this.day = day;
		this.analysis = analysis;
		this.triage = triage;
		this.register = register;
		this.findings = FindingIndex.of(register.findings());
		this.knowledge = knowledge;
		this.requirements = RequirementStore.of(knowledge, model.getId());
	}

	/**
	 * Loads and validates the model, analyses it as of {@code date} and opens its knowledge base.
	 *
	 * @throws Stop after printing why, when the model cannot be read (3) or is invalid (1)
	 */
	static RecordsSession open(Path file, KnowledgeOptions options, LocalDate date, PrintWriter err) throws IOException {
		ModelInput.Checked checked = ModelInput.loadValid(file, err, "used");
		if (checked.failed()) {
			throw new Stop(checked.exitCode());
		}
		SystemModel model = checked.model();
		LocalDate day = date == null ? LocalDate.now() : date;
		AnalysisResult analysis = new ThreatAnalysis(model, BuiltInRules.all(), day).run();
		ProductKnowledge knowledge = options.open(file);
		try {
			Map<String, TriageDecision> triage = KnowledgeOptions.triage(knowledge, file, model.getId(), err).decisions();
			ThreatRegister register = ThreatRegister.of(model, day, analysis, List.of(), List.of(), triage);
			return new RecordsSession(file, model, day, analysis, triage, register, knowledge);
		} catch (IOException | RuntimeException e) {
			knowledge.close();
			throw e;
		}
	}

	/**
	 * The risks of the current analysis: assessed and published as {@code threatwright risk} does
	 * ({@link CurrentRisks}), then read back in the form of the data contract, so that derivation and the gate never
	 * judge risks of an older analysis or method.
	 *
	 * @throws IOException when the model file's modification time cannot be read
	 */
	PublishedRisks risks(PrintWriter err) throws IOException {
		CurrentRisks.assessAndPublish(knowledge, file, model, analysis, day, triage, err);
		return requirements.risks();
	}

	@Override
	public void close() {
		knowledge.close();
	}
}
