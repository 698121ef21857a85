package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.risk.RiskKnowledge;
import org.threatwright.model.SystemModel;
import org.threatwright.risk.assessment.RiskAssessment;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.register.RiskRegister;

/**
 * The one place the command line assesses risks: every finding of the current analysis, with the project's risk
 * method and people's overrides and treatments from the knowledge base, published there (with the model and
 * analysis when the published ones are older, so the risks' links resolve). {@code risk}, {@code requirement derive}
 * and {@code gate} all go through it, so none of them judges risks of an older analysis or another method.
 *
 * @param method   the method the risks were assessed with
 * @param assessed one risk per finding, in the analysis's order
 */
record CurrentRisks(RiskMethod method, List<RiskAssessment> assessed) {

	CurrentRisks {
		assessed = List.copyOf(assessed);
	}

	/**
	 * Assesses the findings of {@code analysis} of the model in {@code file} and publishes the risks to
	 * {@code knowledge}.
	 *
	 * @param day    the date the model was analysed as of
	 * @param triage the triage decisions, for the analysis published when the knowledge base's is older
	 * @param err    where to say that the analysis was published
	 * @throws IOException when the model file's modification time cannot be read
	 */
	static CurrentRisks assessAndPublish(ProductKnowledge knowledge, Path file, SystemModel model, AnalysisResult analysis,
			LocalDate day, Map<String, TriageDecision> triage, PrintWriter err) throws IOException {
		CurrentRisks risks = assess(knowledge, model, analysis);
		AnalysisPublication.ifStale(knowledge, file, model, day, () -> analysis, triage, err);
		RiskKnowledge.of(knowledge, model.getId()).publish(risks.method(), risks.assessed());
		return risks;
	}

	/**
	 * Assesses the findings of {@code analysis} as {@link #assessAndPublish} does, without writing anything: for
	 * commands that only read the knowledge base ({@code comply}).
	 */
	static CurrentRisks assess(ProductKnowledge knowledge, SystemModel model, AnalysisResult analysis) {
		// the register's date plays no part in the assessment
		RiskRegister register = RiskKnowledge.of(knowledge, model.getId()).assess(model, LocalDate.now(), analysis.findings());
		return new CurrentRisks(register.method(), register.risks());
	}
}
