package org.threatwright.analysis.rules.boundary;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.Explanation;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.DataFlow;
import org.threatwright.model.TrustBoundary;

/**
 * A flow that crosses at least one trust boundary while the receiver does not authenticate the sender
 * (authentication none, or not stated). Subject: the flow.
 */
final class UnauthenticatedCrossingRule implements ThreatRule {

	static final String ID = "boundary-unauthenticated-crossing";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		TrustZones zones = context.trustZones();
		BoundaryFacts.SharedTexts shared = new BoundaryFacts.SharedTexts(zones);
		for (DataFlow flow : BoundaryFacts.flows(context)) {
			List<TrustBoundary> crossed = zones.crossed(flow);
			if (crossed.isEmpty() || !BoundaryFacts.unauthenticated(flow)) {
				continue;
			}
			BoundaryFacts.FlowLabel label = BoundaryFacts.flowLabel(flow);
			findings.report(List.of(flow), Explanation.of(label, " crosses the trust boundar",
					crossed.size() == 1 ? "y " : "ies ", shared.boundaries(crossed), " and ",
					BoundaryFacts.authenticationPhrase(flow), ". Anyone who can send from the other side of the boundary"
							+ " can pose as ", label.sourceLabel(), " and the receiver cannot tell."));
		}
	}
}
