package org.threatwright.analysis.rules.iot;

import java.util.List;

import org.threatwright.analysis.api.ThreatRule;

/**
 * Rules particular to connected devices (devices and gateways, and software running on them): physical ports,
 * credentials, network and radio exposure, boot and storage, updates and support, telemetry.
 */
public final class IotRules {

	public static final List<ThreatRule> ALL = List.of(
			// physical access
			new DebugPortExposedRule(),
			new RemovableMediaPortRule(),
			new SafetyDeviceTamperRule(),
			// credentials and secrets
			new DefaultCredentialsRule(),
			new HardcodedCredentialsRule(),
			new SecretsInFirmwareRule(),
			new SensitiveDataWithoutSecureStorageRule(),
			new DeviceStoreUnencryptedRule(),
			// network and radio exposure
			new UnauthenticatedInterfaceRule(),
			new InternetExposedDeviceRule(),
			new RadioPairingRule(),
			// boot and updates
			new SecureBootMissingRule(),
			new NoUpdateMechanismRule(),
			new UnsignedUpdateRule(),
			new UpdateRollbackRule(),
			new UnencryptedUpdateRule(),
			new ForcedAutomaticUpdateRule(),
			// support period
			new SupportPeriodUndeclaredRule(),
			new SupportPeriodEndedRule(),
			// privacy
			new TelemetryPersonalDataRule());

	private IotRules() {
	}
}
