package org.threatwright.analysis.rules.boundary;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.Explanation;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.DataFlow;

/**
 * A flow from outside every boundary (or from a zone of trust level 0 or below) straight into an element at trust
 * level 2 or more, skipping the intermediate zones that should mediate it. Subjects: the receiving element, then
 * the flow.
 */
final class TrustLevelSkipRule implements ThreatRule {

	static final String ID = "boundary-trust-level-skip";

	/** The lowest trust level of a target that an untrusted sender should not reach directly. */
	static final int DEEP = 2;

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
			if (from > 0 || to < DEEP) {
				continue;
			}
			BoundaryFacts.FlowLabel label = BoundaryFacts.flowLabel(flow);
			findings.report(List.of(flow.getTarget(), flow), Explanation.of(label, " comes from ", label.sourceLabel(), " ",
					shared.zone(flow.getSource()), " directly into ", label.targetLabel(), " at trust level ", to, " (",
					shared.zone(flow.getTarget()), "), a jump from trust level ", from, " to ", to,
					" with no intermediate zone (a DMZ, a gateway, a proxy) to filter what the untrusted sender sends before it"
							+ " reaches a highly trusted element."));
		}
	}
}
