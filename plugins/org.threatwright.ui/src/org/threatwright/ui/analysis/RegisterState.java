package org.threatwright.ui.analysis;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.analysis.triage.TriageStatus;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;
import org.threatwright.model.validation.ModelProblem;

/**
 * One finished analysis of the open model, as the views show it: the register (findings joined to the triage
 * decisions), the attack paths, and what went wrong on the way (model errors, an unusable knowledge base).
 * Immutable: recording a decision makes a new state ({@link #withDecision}).
 *
 * @param model            the model analysed
 * @param file             its file, or null for a model built in memory
 * @param register         findings and decisions; empty when the model has errors
 * @param modelErrors      validation errors that stopped the analysis (empty when it ran)
 * @param attackPaths      attack paths per high-value target
 * @param knowledgeProblem why the decisions could not be read from the knowledge base, or null
 * @param analysisMillis   how long validation and threat derivation took
 * @param pathsMillis      how long the attack paths took
 * @param objects          the model's objects by id
 */
public record RegisterState(SystemModel model, Path file, ThreatRegister register, List<ModelProblem> modelErrors,
		List<TargetPaths> attackPaths, String knowledgeProblem, long analysisMillis, long pathsMillis,
		ObjectIndex objects) {

	public RegisterState {
		modelErrors = List.copyOf(modelErrors);
		attackPaths = List.copyOf(attackPaths);
	}

	public List<Finding> findings() {
		return register.findings();
	}

	public TriageStatus statusOf(Finding finding) {
		return register.statusOf(finding);
	}

	public Optional<TriageDecision> decisionOf(Finding finding) {
		return register.decisionOf(finding);
	}

	/** The same analysis with {@code decision} replacing any earlier one about its finding. */
	public RegisterState withDecision(TriageDecision decision) {
		Map<String, TriageDecision> decisions = new HashMap<>(register.triage());
		decisions.put(decision.findingId(), decision);
		ThreatRegister updated = new ThreatRegister(register.modelId(), register.product(), register.release(),
				register.evaluationDate(), register.findings(), register.failures(), register.attackPaths(),
				register.blastRadius(), decisions);
		return new RegisterState(model, file, updated, modelErrors, attackPaths, knowledgeProblem, analysisMillis,
				pathsMillis, objects);
	}

	/** Open findings per severity, every severity present, most severe first: the counts triage brings down. */
	public Map<Severity, Integer> openBySeverity() {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0);
		}
		for (Finding finding : register.findings()) {
			if (statusOf(finding) == TriageStatus.OPEN) {
				counts.merge(finding.severity(), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** The model's objects by id, built once per analysis: findings name their elements by id. */
	public static final class ObjectIndex {
		private final Map<String, EObject> byId = new HashMap<>();

		ObjectIndex(SystemModel model) {
			model.eAllContents().forEachRemaining(object -> {
				if (object instanceof ModelElement element && element.getId() != null) {
					byId.putIfAbsent(element.getId(), object);
				}
			});
		}

		public EObject get(String id) {
			return byId.get(id);
		}
	}
}
