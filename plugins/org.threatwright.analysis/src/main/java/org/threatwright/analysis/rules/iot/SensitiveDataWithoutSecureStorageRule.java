package org.threatwright.analysis.rules.iot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.query.ModelElements;

/**
 * A device not stated to have secure storage that holds credentials or key material: data assets of the device
 * itself or of the elements running on it. Fires once per (device, data asset).
 */
final class SensitiveDataWithoutSecureStorageRule implements ThreatRule {

	static final String ID = "iot-sensitive-data-without-secure-storage";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (Device device : context.elements(Device.class)) {
			if (device.isSecureStorage()) {
				continue;
			}
			List<Element> holders = new ArrayList<>();
			holders.add(device);
			holders.addAll(IotFacts.hostedOn(context, device));
			Map<DataAsset, List<Element>> secrets = new LinkedHashMap<>();
			for (Element holder : holders) {
				for (DataAsset asset : holder.getDataAssets()) {
					if (asset.getCategory() == DataCategory.CREDENTIALS || asset.getCategory() == DataCategory.KEY_MATERIAL) {
						secrets.computeIfAbsent(asset, a -> new ArrayList<>()).add(holder);
					}
				}
			}
			secrets.forEach((asset, where) -> findings.report(List.of(device, asset), IotFacts.name(device)
					+ " is not stated to have secure storage, yet " + ModelElements.kindAndName(asset) + " ("
					+ asset.getCategory().getLiteral() + ") is held by "
					+ String.join(", ", where.stream().map(ModelElements::kindAndName).toList())
					+ ". Secrets in plain flash can be read by anyone who dumps or desolders the memory or gains"
					+ " code execution, and then reused to impersonate the device or its users."));
		}
	}
}
