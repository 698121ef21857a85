package org.threatwright.analysis.rules.iot;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Device;
import org.threatwright.model.Encryption;
import org.threatwright.model.query.ModelElements;

/**
 * Telemetry that carries personal data out of a device: a flow whose source is a device (or software on one) and
 * whose target is not on that same device, carrying a telemetry data asset that is personal data, or carrying
 * telemetry together with personal data assets. Fires once per flow.
 */
final class TelemetryPersonalDataRule implements ThreatRule {

	static final String ID = "iot-telemetry-personal-data";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (DataFlow flow : context.flows()) {
			if (flow.getSource() == null || flow.getTarget() == null) {
				continue;
			}
			Device device = IotFacts.deviceOf(flow.getSource());
			if (device == null || IotFacts.deviceOf(flow.getTarget()) == device) {
				continue;
			}
			List<DataAsset> assets = flow.getDataAssets();
			boolean telemetry = assets.stream().anyMatch(a -> a.getCategory() == DataCategory.TELEMETRY);
			List<DataAsset> personal = assets.stream().filter(DataAsset::isPersonalData).toList();
			if (!telemetry || personal.isEmpty()) {
				continue;
			}
			String encryption = flow.getEncryption() == Encryption.UNKNOWN ? "its encryption is not stated"
					: "its encryption is " + flow.getEncryption().getLiteral();
			findings.report(List.of(flow), "Data flow " + (flow.getName() == null || flow.getName().isBlank() ? ""
					: "'" + flow.getName() + "' ") + "(" + flow.getId() + ") takes telemetry from "
					+ IotFacts.name(flow.getSource()) + " to " + ModelElements.kindAndName(flow.getTarget())
					+ " and carries personal data: " + String.join(", ", personal.stream()
							.map(a -> ModelElements.kindAndName(a) + " (" + a.getCategory().getLiteral() + ")").toList())
					+ "; " + encryption + ". Readings collected continuously reveal a person's habits, presence and"
					+ " health to whoever runs or breaches the receiving side, beyond what the function needs unless"
					+ " the data is minimised and the user told about it.");
		}
	}
}
