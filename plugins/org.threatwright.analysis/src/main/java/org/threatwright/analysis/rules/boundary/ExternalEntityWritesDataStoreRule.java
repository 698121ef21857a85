package org.threatwright.analysis.rules.boundary;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.DataFlow;
import org.threatwright.model.DataStore;
import org.threatwright.model.Element;
import org.threatwright.model.ExternalEntity;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.query.ModelElements;

/**
 * An external entity writes directly into a data store: a flow from the entity to the store, or a bidirectional
 * flow between them. No process of the system stands in between to validate and authorize what is written.
 * Subjects: the data store, then the flow.
 */
final class ExternalEntityWritesDataStoreRule implements ThreatRule {

	static final String ID = "boundary-external-entity-writes-data-store";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (DataFlow flow : BoundaryFacts.flows(context)) {
			Element source = flow.getSource();
			Element target = flow.getTarget();
			DataStore store;
			ExternalEntity entity;
			String how;
			if (source instanceof ExternalEntity e && target instanceof DataStore s) {
				entity = e;
				store = s;
				how = "writes directly into";
			} else if (flow.getDirection() == FlowDirection.BIDIRECTIONAL && source instanceof DataStore s
					&& target instanceof ExternalEntity e) {
				entity = e;
				store = s;
				how = "exchanges data in both directions, and so writes, directly with";
			} else {
				continue;
			}
			findings.report(List.of(store, flow), ModelElements.kindAndName(entity) + " is outside the system's control and "
					+ how + " " + ModelElements.kindAndName(store) + " over " + BoundaryFacts.flow(flow) + ". No process of"
					+ " the system validates or authorizes what it stores, so it can plant, alter or overwrite data that"
					+ " the system later trusts.");
		}
	}
}
