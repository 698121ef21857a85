package org.threatwright.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.analysis.paths.AttackGraph;
import org.threatwright.analysis.paths.EntryPointReach;
import org.threatwright.analysis.paths.TargetPaths;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.analysis.rules.BuiltInRules;
import org.threatwright.analysis.triage.TriageDecision;
import org.threatwright.kb.ProductKnowledge;
import org.threatwright.kb.catalogue.Catalogues;
import org.threatwright.kb.compliance.ComplianceCheck;
import org.threatwright.kb.compliance.ComplianceReport;
import org.threatwright.kb.decisions.DecisionLog;
import org.threatwright.kb.history.BaselineInfo;
import org.threatwright.kb.history.Baselines;
import org.threatwright.kb.history.HistoryDiff;
import org.threatwright.kb.history.SemanticDiff;
import org.threatwright.kb.history.WorkingSnapshot;
import org.threatwright.kb.requirements.RequirementStore;
import org.threatwright.kb.risk.RiskDecisionRdf;
import org.threatwright.kb.risk.RiskKnowledge;
import org.threatwright.kb.risk.RiskRdf;
import org.threatwright.kb.store.Statement;
import org.threatwright.model.SystemModel;
import org.threatwright.risk.assessment.RiskAssessor;
import org.threatwright.risk.decision.RiskDecisions;
import org.threatwright.risk.method.RiskMethod;
import org.threatwright.risk.register.RiskRegister;
import org.threatwright.risk.requirements.RequirementBook;

/**
 * Gathers a report's data the way the commands do: the analysis with the built-in rules, attack paths (5 per target)
 * and blast radius; risks assessed with the project's method and people's overrides and treatments (as
 * {@code threatwright risk}, without writing anything); requirements, design decisions and the latest baseline from
 * the knowledge base; compliance with IoTSF and ZVEI as {@code threatwright comply} checks it. Reads only.
 */
public final class ReportInputs {

	/** Attack paths kept per high-value target, as {@code analyze} does by default. */
	public static final int PATHS_PER_TARGET = 5;

	private final SystemModel model;
	private final ProductKnowledge knowledge;
	private final LocalDate day;
	private final Map<String, TriageDecision> triage;

	/**
	 * @param model     a valid model
	 * @param knowledge its knowledge base, or null when it has none yet
	 * @param day       the day to analyse as of
	 * @param triage    the triage decisions (empty without a knowledge base)
	 */
	public ReportInputs(SystemModel model, ProductKnowledge knowledge, LocalDate day, Map<String, TriageDecision> triage) {
		this.model = Objects.requireNonNull(model, "model");
		this.knowledge = knowledge;
		this.day = Objects.requireNonNull(day, "day");
		this.triage = Map.copyOf(triage);
	}

	public ReportData collect() {
		List<RuleDescriptor> rules = BuiltInRules.all().stream().map(RuleDescriptors::of).toList();
		AnalysisResult analysis = new ThreatAnalysis(model, BuiltInRules.all(), day).run();
		AttackGraph attackGraph = AttackGraph.of(model);
		ThreatRegister register = ThreatRegister.of(model, day, analysis,
				TargetPaths.of(attackGraph, TrustZones.of(model), PATHS_PER_TARGET), EntryPointReach.of(attackGraph), triage);
		String id = model.getId();
		RiskRegister risks = null;
		RequirementBook requirements = null;
		List<Statement> records;
		if (knowledge == null) {
			// as comply does: without a knowledge base the checks see the computed default risks
			records = RiskRdf.map(id, RiskMethod.defaultMethod(),
					new RiskAssessor(RiskMethod.defaultMethod(), model, analysis.findings(), RiskDecisions.none()).assessments());
		} else {
			RiskDecisionRdf.Stored decisions = RiskKnowledge.of(knowledge, id).stored();
			RiskMethod method = decisions.method() == null ? RiskMethod.defaultMethod() : decisions.method().method();
			risks = RiskRegister.of(model.getName(), model.getRelease(), id, day, method,
					new RiskAssessor(method, model, analysis.findings(), decisions.decisions()).assessments());
			RequirementStore store = RequirementStore.of(knowledge, id);
			requirements = store.book();
			records = new ArrayList<>(RiskRdf.map(id, method, risks.risks()));
			records.addAll(store.statements());
		}
		ComplianceCheck check = ComplianceCheck.of(model, register).with(records);
		check.catalogues(Catalogues.builtIn());
		check.catalogue(Catalogues.IOTSF);
		check.catalogue(Catalogues.ZVEI_HPR);
		ComplianceReport compliance = check.evaluate();
		if (knowledge == null) {
			return new ReportData(model, day, register, rules, null, null, compliance, List.of(), null, null, false);
		}
		Baselines baselines = new Baselines(knowledge.store(), id);
		BaselineInfo latest = baselines.latest().orElse(null);
		HistoryDiff changes = latest == null ? null
				: new SemanticDiff(baselines.stored(latest.name()), WorkingSnapshot.of(knowledge.store(), model, register, rules)).diff();
		return new ReportData(model, day, register, rules, risks, requirements, compliance,
				new DecisionLog(knowledge.store(), id).list(), latest, changes, true);
	}
}
