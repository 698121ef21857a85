package org.threatwright.analysis.rules.supplychain;

import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.describe;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.Component;

/**
 * A component whose end of support falls within twelve months of the evaluation date (the evaluation date and
 * the day twelve months later included): its replacement has to be planned now.
 */
final class ComponentEndOfSupportSoonRule implements ThreatRule {

	static final String ID = "supply-chain-component-end-of-support-soon";
	static final int MONTHS = 12;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		LocalDate today = context.evaluationDate();
		LocalDate horizon = today.plusMonths(MONTHS);
		for (Component component : context.components()) {
			LocalDate end = component.getEndOfSupport();
			if (end == null || end.isBefore(today) || end.isAfter(horizon)) {
				continue;
			}
			long days = ChronoUnit.DAYS.between(today, end);
			findings.report(List.of(component), describe(component)
					+ SupplyChainFacts.versionClause(component)
					+ " reaches its end of support on " + end + ", " + SupplyChainFacts.plural((int) days, "day")
					+ " after the evaluation date " + today + " (within " + MONTHS + " months): after that day its"
					+ " supplier publishes no more security fixes for it, so unless it is upgraded or replaced in time,"
					+ " vulnerabilities found later stay open.");
		}
	}
}
