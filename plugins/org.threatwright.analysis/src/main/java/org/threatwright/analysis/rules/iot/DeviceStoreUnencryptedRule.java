package org.threatwright.analysis.rules.iot;

import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.DataStore;
import org.threatwright.model.Device;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.query.ModelElements;

/**
 * A data store on a device (flash, a partition, a file) that is not stated to be encrypted at rest but holds
 * sensitive data: personal data, credentials, key material, health data, or data rated high or critical for
 * confidentiality. A device in someone's hands gives up its storage. Raised to high when the store holds
 * credentials or key material.
 */
final class DeviceStoreUnencryptedRule implements ThreatRule {

	static final String ID = "iot-device-store-unencrypted";

	@Override
	public String id() {
		return ID;
	}

	static boolean sensitive(DataAsset asset) {
		return asset.isPersonalData() || asset.getCategory() == DataCategory.CREDENTIALS
				|| asset.getCategory() == DataCategory.KEY_MATERIAL || asset.getCategory() == DataCategory.HEALTH
				|| asset.getCategory() == DataCategory.PERSONAL || asset.getConfidentiality() == SecurityLevel.HIGH
				|| asset.getConfidentiality() == SecurityLevel.CRITICAL;
	}

	private static boolean secret(DataAsset asset) {
		return asset.getCategory() == DataCategory.CREDENTIALS || asset.getCategory() == DataCategory.KEY_MATERIAL;
	}

	@Override
	public void evaluate(AnalysisContext context, FindingSink findings) {
		for (DataStore store : context.elements(DataStore.class)) {
			Device device = IotFacts.deviceOf(store);
			if (device == null || store.isEncryptedAtRest()) {
				continue;
			}
			List<DataAsset> sensitive = store.getDataAssets().stream().filter(DeviceStoreUnencryptedRule::sensitive).toList();
			if (sensitive.isEmpty()) {
				continue;
			}
			String explanation = ModelElements.kindAndName(store) + " runs on " + ModelElements.kindAndName(device)
					+ " and is not stated to be encrypted at rest, yet holds "
					+ String.join(", ", sensitive.stream().map(a -> ModelElements.kindAndName(a) + " ("
							+ a.getCategory().getLiteral() + (a.isPersonalData() ? ", personal data" : "") + ", confidentiality "
							+ a.getConfidentiality().getLiteral() + ")").toList())
					+ ". Whoever holds a unit, a returned or discarded one included, can read the storage chip or"
					+ " image it and take the data.";
			if (sensitive.stream().anyMatch(DeviceStoreUnencryptedRule::secret)) {
				findings.report(List.of(store, device), explanation + " It holds credentials or key material that"
						+ " open other systems, so the severity is raised to high.", Severity.HIGH);
			} else {
				findings.report(List.of(store, device), explanation);
			}
		}
	}
}
