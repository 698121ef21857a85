package org.threatwright.analysis.rules.boundary;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Device;
import org.threatwright.model.query.ModelElements;

/**
 * Control or command data sent into a device over a flow with nothing that protects its integrity: neither
 * encryption (none or not stated) nor authentication of the sender (none or not stated). Subjects: the device,
 * then the flow. Default severity high; critical when the device is safety-relevant, and the explanation says so.
 */
final class ControlWithoutIntegrityRule implements ThreatRule {

	static final String ID = "boundary-control-without-integrity";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (DataFlow flow : BoundaryFacts.flows(context)) {
			if (!(flow.getTarget() instanceof Device device)) {
				continue;
			}
			if (!BoundaryFacts.unencrypted(flow) || !BoundaryFacts.unauthenticated(flow)) {
				continue;
			}
			List<DataAsset> control = BoundaryFacts.assets(flow, a -> a.getCategory() == DataCategory.CONTROL);
			if (control.isEmpty()) {
				continue;
			}
			String safety = device.isSafetyRelevant()
					? " The device is safety-relevant, so a forged command can harm people or property; severity raised to critical."
					: "";
			findings.report(List.of(device, flow), BoundaryFacts.flow(flow) + " sends control data "
					+ BoundaryFacts.assetList(control, a -> "integrity " + a.getIntegrity().getLiteral()) + " to "
					+ ModelElements.kindAndName(device) + ", but " + BoundaryFacts.encryptionPhrase(flow) + " and it "
					+ BoundaryFacts.authenticationPhrase(flow) + ". Nothing protects the commands' integrity: anyone who"
					+ " can reach the link can inject or alter commands and the device will carry them out." + safety,
					device.isSafetyRelevant() ? Severity.CRITICAL : null);
		}
	}
}
