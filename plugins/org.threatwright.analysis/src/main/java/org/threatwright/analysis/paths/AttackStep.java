package org.threatwright.analysis.paths;

import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;

/**
 * One move of an attacker from an element they control to the next: along a data flow (in its direction, or
 * against it when the flow is bidirectional), or between an element and what it is hosted on.
 *
 * @param from the element the attacker controls
 * @param to   the element reached
 * @param flow the flow used, or null for a hosting step
 */
public record AttackStep(Element from, Element to, DataFlow flow) {

	/** The id this step is known by: the flow's id, or {@code hosting:FROM>TO}. */
	public String id() {
		return flow != null ? flow.getId() : "hosting:" + from.getId() + ">" + to.getId();
	}

	public boolean isHosting() {
		return flow == null;
	}
}
