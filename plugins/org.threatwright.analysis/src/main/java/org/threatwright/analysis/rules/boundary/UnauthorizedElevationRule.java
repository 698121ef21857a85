package org.threatwright.analysis.rules.boundary;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.Explanation;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.DataFlow;

/**
 * A flow from a lower to a higher trust level whose receiver does not decide what the sender may do
 * (authorization none, or not stated). Subjects: the receiving element, then the flow.
 */
final class UnauthorizedElevationRule implements ThreatRule {

	static final String ID = "boundary-unauthorized-elevation";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		TrustZones zones = context.trustZones();
		BoundaryFacts.SharedTexts shared = new BoundaryFacts.SharedTexts(zones);
		for (DataFlow flow : BoundaryFacts.flows(context)) {
			int from = zones.trustLevel(flow.getSource());
			int to = zones.trustLevel(flow.getTarget());
			if (from >= to || !BoundaryFacts.unauthorized(flow)) {
				continue;
			}
			BoundaryFacts.FlowLabel label = BoundaryFacts.flowLabel(flow);
			findings.report(List.of(flow.getTarget(), flow), Explanation.of(label, " goes from trust level ", from, " (",
					shared.zone(flow.getSource()), ") up to trust level ", to, " (", shared.zone(flow.getTarget()), ") and ",
					BoundaryFacts.authorizationPhrase(flow), ". Whatever the less trusted sender asks, ", label.targetLabel(),
					" may do with the privileges of its more trusted zone."));
		}
	}
}
