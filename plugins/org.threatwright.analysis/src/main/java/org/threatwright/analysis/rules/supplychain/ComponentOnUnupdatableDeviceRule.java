package org.threatwright.analysis.rules.supplychain;

import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.describe;
import static org.threatwright.analysis.rules.supplychain.SupplyChainFacts.origin;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.graph.SupplyChainGraph;
import org.threatwright.model.Component;
import org.threatwright.model.ComponentType;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.UpdateMethod;
import org.threatwright.model.query.Components;
import org.threatwright.model.query.ModelElements;

/**
 * Third-party software or firmware on a device that cannot be updated: no update mechanism, or one whose method
 * is stated as none. The device is the component's element or, for a process or store, the first device it is
 * hosted on. Hardware components are left out: an update would not change them anyway. Subjects: the device,
 * then the component.
 */
final class ComponentOnUnupdatableDeviceRule implements ThreatRule {

	static final String ID = "supply-chain-component-on-unupdatable-device";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Component component : context.components()) {
			if (!Components.isThirdParty(component) || component.getType() == ComponentType.HARDWARE) {
				continue;
			}
			Device device = SupplyChainFacts.deviceOf(component);
			if (device == null) {
				continue;
			}
			boolean none = device.getUpdateMechanism() == null;
			if (!none && device.getUpdateMechanism().getMethod() != UpdateMethod.NONE) {
				continue;
			}
			Element own = SupplyChainGraph.elementOf(component);
			String where = own == device ? "" : " (it is part of " + ModelElements.kindAndName(own) + ", which runs on it)";
			findings.report(List.of(device, component), ModelElements.kindAndName(device)
					+ (none ? " has no update mechanism" : " states its update method as none") + ", yet it contains the "
					+ origin(component) + " " + describe(component) + where + ": when a vulnerability is published"
					+ " in this component it can never be patched on units in the field, only by replacing them.");
		}
	}
}
