package org.threatwright.analysis.rules.boundary;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.DataFlow;
import org.threatwright.model.DataStore;
import org.threatwright.model.query.ModelElements;

/**
 * A flow writes into a data store that holds logs or audit data from a lower trust level. Subjects: the log store,
 * then the flow.
 */
final class LogInjectionRule implements ThreatRule {

	static final String ID = "boundary-log-injection";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		TrustZones zones = context.trustZones();
		for (DataFlow flow : BoundaryFacts.flows(context)) {
			if (!(flow.getTarget() instanceof DataStore store) || !store.isHoldsLogs()) {
				continue;
			}
			int from = zones.trustLevel(flow.getSource());
			int to = zones.trustLevel(store);
			if (from >= to) {
				continue;
			}
			findings.report(List.of(store, flow), ModelElements.kindAndName(store) + " holds log or audit data at trust"
					+ " level " + to + " (" + BoundaryFacts.zone(zones, store) + ") and is written by "
					+ BoundaryFacts.flow(flow) + " from trust level " + from + " (" + BoundaryFacts.zone(zones, flow.getSource())
					+ "). A less trusted writer can inject forged entries or fill the log with noise, so the log no longer"
					+ " proves who did what.");
		}
	}
}
