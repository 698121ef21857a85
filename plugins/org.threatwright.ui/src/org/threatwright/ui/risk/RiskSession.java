package org.threatwright.ui.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.risk.RiskKnowledge;
import org.threatwright.risk.register.RiskRegister;
import org.threatwright.ui.analysis.AnalysisSession;
import org.threatwright.ui.analysis.KnowledgeJob;
import org.threatwright.ui.analysis.RegisterState;

/**
 * The risks of the open model's current analysis: after every analysis, a job assesses them with the project's method
 * and people's overrides and treatments, and publishes the analysis (when the knowledge base's is older) and the risks
 * to the knowledge base, as {@code threatwright risk} does. Triage changes which risks are open ({@link HeatMapModel})
 * without a new assessment. Listeners are called on the UI thread.
 */
public final class RiskSession {

	private static final RiskSession WORKBENCH_SESSION = new RiskSession(AnalysisSession.get());
	/** The rules every desktop analysis evaluates, as published with it. */
	static final List<RuleDescriptor> RULES = BuiltInRules.all().stream().map(RuleDescriptors::of).toList();

	private final AnalysisSession analysis;
	private final List<Consumer<RiskSession>> listeners = new CopyOnWriteArrayList<>();
	private RegisterState assessedFor;
	private RiskRegister register;
	private String problem;
	private KnowledgeJob<RiskRegister> running;

	private RiskSession(AnalysisSession analysis) {
		this.analysis = analysis;
		analysis.addListener(session -> analysisChanged());
		analysisChanged(); // a view opened after the analysis finished
	}

	public static RiskSession get() {
		return WORKBENCH_SESSION;
	}

	/** The analysis whose findings the risks are of (its triage may be newer: read {@link #analysis()}), or null. */
	public RegisterState assessedFor() {
		return assessedFor;
	}

	/** The current analysis, with the current triage decisions, or null. */
	public RegisterState analysis() {
		return analysis.state();
	}

	/** The risk register of the current analysis, or null while none is assessed. */
	public RiskRegister register() {
		return register;
	}

	/** Why the risks could not be assessed (the knowledge base named), or null. */
	public String problem() {
		return problem;
	}

	/** Whether an assessment is under way. */
	public boolean isRunning() {
		return running != null;
	}

	/** The heat map of the open risks, or null while none is assessed. */
	public HeatMapModel heatMap() {
		RegisterState state = analysis.state();
		if (register == null || state == null) {
			return null;
		}
		return new HeatMapModel(register, id -> {
			TriageDecision decision = state.register().triage().get(id);
			return decision == null ? TriageStatus.OPEN : decision.status();
		});
	}

	private void analysisChanged() {
		RegisterState state = analysis.state();
		boolean sameFindings = state != null && assessedFor != null && state.findings() == assessedFor.findings();
		if (!sameFindings) {
			assessedFor = null;
			register = null;
			problem = null;
			if (running != null && state == null) {
				running.cancel(); // the model was closed: its risks are of no use any more
				running = null;
			}
			if (state != null && state.modelErrors().isEmpty()) {
				assess();
				return;
			}
		}
		fire(); // a triage decision: the same risks, another open set
	}

	/**
	 * Assesses the risks of the current analysis again (after an override or treatment), as a job.
	 *
	 * @return the job, or null when nothing is analysed
	 */
	public KnowledgeJob<RiskRegister> assess() {
		RegisterState state = analysis.state();
		if (state == null || !state.modelErrors().isEmpty()) {
			return null;
		}
		if (state.file() == null) {
			problem = "The model has no file: its knowledge base is kept beside the model file, so open the model from a file.";
			fire();
			return null;
		}
		if (running != null) {
			running.cancel();
		}
		KnowledgeJob<RiskRegister>[] job = new KnowledgeJob[1];
		job[0] = KnowledgeJob.schedule("Assessing the risks of " + state.file().getFileName(), state.file(), false,
				(knowledge, monitor) -> assessAndPublish(knowledge, state), (result, failure) -> {
					if (running != job[0]) {
						return; // superseded
					}
					running = null;
					if (analysis.state() == null || analysis.state().findings() != state.findings()) {
						return; // another analysis meanwhile: its own assessment follows
					}
					assessedFor = state;
					register = result;
					problem = failure;
					fire();
				});
		running = job[0];
		fire();
		return job[0];
	}

	/** What {@code threatwright risk} does: publish the analysis when stale, assess, publish the risks. */
	public static RiskRegister assessAndPublish(ProductKnowledge knowledge, RegisterState state) throws java.io.IOException {
		Path file = state.file();
		Instant modified = Files.getLastModifiedTime(file).toInstant();
		String modelId = state.model().getId();
		if (!knowledge.isPublished(modelId, modified, state.register().evaluationDate())) {
			knowledge.publish(state.model(), state.register(), RULES, modified);
		}
		RiskKnowledge risks = RiskKnowledge.of(knowledge, modelId);
		RiskRegister assessed = risks.assess(state.model(), state.register().evaluationDate(), state.findings());
		risks.publish(assessed.method(), assessed.risks());
		return assessed;
	}

	public void addListener(Consumer<RiskSession> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<RiskSession> listener) {
		listeners.remove(listener);
	}

	private void fire() {
		for (Consumer<RiskSession> listener : listeners) {
			listener.accept(this);
		}
	}
}
