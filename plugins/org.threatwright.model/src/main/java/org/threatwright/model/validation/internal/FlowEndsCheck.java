package org.threatwright.model.validation.internal;

import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.Interface;
import org.threatwright.model.SystemModel;
import org.threatwright.model.query.ModelElements;
import org.threatwright.model.validation.ModelCheck;
import org.threatwright.model.validation.ProblemCollector;

/**
 * A data flow has both ends; the interfaces it names belong to those ends (or to what they are hosted on); it does
 * not loop onto itself.
 */
public final class FlowEndsCheck implements ModelCheck {

	@Override
	public void check(SystemModel model, ProblemCollector problems) {
		for (DataFlow flow : model.getFlows()) {
			if (flow.getSource() == null) {
				problems.error("flow-end-missing", flow, "has no source element; a flow needs both ends");
			}
			if (flow.getTarget() == null) {
				problems.error("flow-end-missing", flow, "has no target element; a flow needs both ends");
			}
			checkInterface(flow, "source", flow.getSource(), flow.getSourceInterface(), problems);
			checkInterface(flow, "target", flow.getTarget(), flow.getTargetInterface(), problems);
			if (flow.getSource() != null && flow.getSource() == flow.getTarget()) {
				problems.warning("flow-self-loop", flow,
						"starts and ends at the same element; model the parts (e.g. processes) it connects instead");
			}
		}
	}

	private static void checkInterface(DataFlow flow, String end, Element element, Interface iface,
			ProblemCollector problems) {
		if (iface != null && element != null && !isReachableThrough(element, iface)) {
			problems.error("flow-interface-mismatch", flow, "its " + end + " interface " + ModelElements.describe(iface)
					+ " belongs neither to its " + end + " " + ModelElements.describe(element)
					+ " nor to an element that one is hosted on");
		}
	}

	/** A process hosted on a device talks through the device's ports: the interface may be the host's. */
	private static boolean isReachableThrough(Element element, Interface iface) {
		java.util.Set<Element> visited = new java.util.HashSet<>();
		for (Element current = element; current != null && visited.add(current); current = current.getHostedOn()) {
			if (iface.eContainer() == current) {
				return true;
			}
		}
		return false;
	}
}
