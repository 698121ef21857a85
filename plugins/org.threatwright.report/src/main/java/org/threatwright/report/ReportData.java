package org.threatwright.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.register.ThreatRegister;
import org.threatwright.kb.compliance.ComplianceReport;
import org.threatwright.kb.decisions.DesignDecision;
import org.threatwright.kb.history.BaselineInfo;
import org.threatwright.kb.history.HistoryDiff;
import org.threatwright.model.SystemModel;
import org.threatwright.risk.register.RiskRegister;
import org.threatwright.risk.requirements.RequirementBook;

/**
 * Everything a report shows about one model on one day, gathered by {@link ReportInputs}. Parts that live in the
 * knowledge base are empty when the model has none yet ({@link #hasKnowledgeBase()} false).
 *
 * @param model        the system model
 * @param date         the day the model was analysed as of
 * @param threats      the threat register, with attack paths and blast radius, triage joined
 * @param rules        the descriptors of the rules the analysis ran
 * @param risks        the risks assessed with the project's method and people's decisions; null without a knowledge
 *                     base (nobody has assessed risks yet)
 * @param requirements the security requirements, controls and evidence; empty without a knowledge base
 * @param compliance   the status of every IoTSF and ZVEI clause
 * @param decisions    the design decisions
 * @param baseline     the latest baseline, or null when there is none
 * @param changes      what changed from the latest baseline to the working model, or null when there is no baseline
 * @param hasKnowledgeBase whether the model has a knowledge base
 */
public record ReportData(SystemModel model, LocalDate date, ThreatRegister threats, List<RuleDescriptor> rules,
		RiskRegister risks, RequirementBook requirements, ComplianceReport compliance, List<DesignDecision> decisions,
		BaselineInfo baseline, HistoryDiff changes, boolean hasKnowledgeBase) {

	public ReportData {
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(threats, "threats");
		Objects.requireNonNull(compliance, "compliance");
		rules = List.copyOf(rules);
		requirements = requirements == null ? RequirementBook.empty() : requirements;
		decisions = List.copyOf(decisions);
	}

	public Optional<RiskRegister> riskRegister() {
		return Optional.ofNullable(risks);
	}

	/** The product's name, never null. */
	public String product() {
		return model.getName() == null || model.getName().isBlank() ? "(unnamed model)" : model.getName();
	}

	/** The release, never null. */
	public String release() {
		return model.getRelease() == null ? "" : model.getRelease();
	}
}
