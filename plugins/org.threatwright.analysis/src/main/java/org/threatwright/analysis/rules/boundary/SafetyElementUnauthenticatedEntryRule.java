package org.threatwright.analysis.rules.boundary;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.DataFlow;
import org.threatwright.model.query.ModelElements;

/**
 * A flow into a safety-relevant element from a lower trust level whose sender is not authenticated (none, or not
 * stated). Subjects: the safety-relevant element, then the flow.
 */
final class SafetyElementUnauthenticatedEntryRule implements ThreatRule {

	static final String ID = "boundary-safety-element-unauthenticated-entry";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		TrustZones zones = context.trustZones();
		for (DataFlow flow : BoundaryFacts.flows(context)) {
			if (!flow.getTarget().isSafetyRelevant() || !BoundaryFacts.unauthenticated(flow)) {
				continue;
			}
			int from = zones.trustLevel(flow.getSource());
			int to = zones.trustLevel(flow.getTarget());
			if (from >= to) {
				continue;
			}
			findings.report(List.of(flow.getTarget(), flow), ModelElements.kindAndName(flow.getTarget())
					+ " is safety-relevant (" + BoundaryFacts.zone(zones, flow.getTarget()) + ") and receives "
					+ BoundaryFacts.flow(flow) + " from trust level " + from + " (" + BoundaryFacts.zone(zones, flow.getSource())
					+ "); the flow " + BoundaryFacts.authenticationPhrase(flow) + ". Anyone in the less trusted zone can"
					+ " send it input as if they were " + ModelElements.kindAndName(flow.getSource())
					+ ", and a malfunction of this element can harm people or property.");
		}
	}
}
