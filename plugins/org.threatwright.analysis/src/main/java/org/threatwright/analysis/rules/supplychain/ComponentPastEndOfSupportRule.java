package org.threatwright.analysis.rules.supplychain;

import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.describe;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Component;
import org.threatwright.model.Element;

/**
 * A component whose end of support lies before the evaluation date: it no longer receives security fixes.
 * Raised to critical when the component runs on a safety-relevant element (its own element or a host).
 */
final class ComponentPastEndOfSupportRule implements ThreatRule {

	static final String ID = "supply-chain-component-past-end-of-support";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		LocalDate today = context.evaluationDate();
		for (Component component : context.components()) {
			LocalDate end = component.getEndOfSupport();
			if (end == null || !end.isBefore(today)) {
				continue;
			}
			long days = ChronoUnit.DAYS.between(end, today);
			String explanation = describe(component) + SupplyChainFacts.versionClause(component) + " reached its end of support on " + end + ", "
					+ SupplyChainFacts.plural((int) days, "day") + " before the evaluation date " + today
					+ ": its supplier no longer publishes security fixes for it, so vulnerabilities found since then"
					+ " stay open and can be exploited.";
			Element safety = SupplyChainFacts.safetyRelevantHost(component);
			if (safety != null) {
				findings.report(List.of(component), explanation + " Raised to critical because "
						+ SupplyChainFacts.safetyClause(component, safety) + ": exploiting it can harm people or property.",
						Severity.CRITICAL);
			} else {
				findings.report(List.of(component), explanation);
			}
		}
	}
}
