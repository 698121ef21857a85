package org.threatwright.analysis.rules.iot;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Severity;
import org.threatwright.model.CredentialProvisioning;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.DataStore;
import org.threatwright.model.Exposure;
import org.threatwright.model.Interface;
import org.threatwright.model.InterfaceKind;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.TwFactory;

/** Default and hard-coded credentials, secrets in firmware, secure storage, unencrypted stores on devices. */
class CredentialAndStorageRulesTest extends IotRuleTestSupport {

	private DataAsset asset(String name, DataCategory category) {
		DataAsset asset = TwFactory.eINSTANCE.createDataAsset();
		asset.setName(name);
		asset.setCategory(category);
		small.model.getDataAssets().add(asset);
		return asset;
	}

	private DataStore storeOn(org.threatwright.model.Element host, DataAsset asset) {
		DataStore store = TwFactory.eINSTANCE.createDataStore();
		store.setName("Flash store");
		store.setHostedOn(host);
		store.getDataAssets().add(asset);
		small.model.getElements().add(store);
		return store;
	}

	@Test
	void defaultSharedCredentialsFire() {
		small.hubWifi.setCredentials(CredentialProvisioning.DEFAULT_SHARED);
		assertOnly(new DefaultCredentialsRule(), id(DefaultCredentialsRule.ID, small.hub, small.hubWifi), Severity.HIGH,
				"Interface 'Wi-Fi'", "Gateway 'Hub'", "credentials defaultShared", "every unit",
				"reachable from the local network");
	}

	@Test
	void defaultCredentialsOnTheInternetAreCritical() {
		small.hubWifi.setCredentials(CredentialProvisioning.DEFAULT_SHARED);
		small.hubWifi.setExposure(Exposure.INTERNET);
		assertOnly(new DefaultCredentialsRule(), id(DefaultCredentialsRule.ID, small.hub, small.hubWifi),
				Severity.CRITICAL, "raised to critical");
	}

	@Test
	void credentialsSetByTheUserDoNotFire() {
		small.hubWifi.setCredentials(CredentialProvisioning.USER_SET_AT_FIRST_USE);
		assertNone(new DefaultCredentialsRule());
		assertNone(new HardcodedCredentialsRule());
	}

	@Test
	void defaultCredentialsOnADisabledInterfaceDoNotFire() {
		small.hubWifi.setCredentials(CredentialProvisioning.DEFAULT_SHARED);
		small.hubWifi.setEnabledInProduction(false);
		assertNone(new DefaultCredentialsRule());
	}

	@Test
	void hardcodedCredentialsFireAlsoOnSoftwareRunningOnTheDevice() {
		Interface api = TwFactory.eINSTANCE.createInterface();
		api.setName("Agent API");
		api.setKind(InterfaceKind.API);
		api.setExposure(Exposure.LOCAL_NETWORK);
		api.setCredentials(CredentialProvisioning.HARDCODED);
		small.agent.getInterfaces().add(api);
		assertOnly(new HardcodedCredentialsRule(), id(HardcodedCredentialsRule.ID, small.agent, api), Severity.HIGH,
				"Process 'Hub agent'", "running on Gateway 'Hub'", "hard-coded in the firmware", "cannot be changed");
		assertNone(new DefaultCredentialsRule());
	}

	@Test
	void hardcodedCredentialsOfAnElementNotOnADeviceDoNotFire() {
		Interface api = TwFactory.eINSTANCE.createInterface();
		api.setName("Cloud API");
		api.setCredentials(CredentialProvisioning.HARDCODED);
		small.cloud.getInterfaces().add(api);
		assertNone(new HardcodedCredentialsRule());
	}

	@Test
	void secretsInFirmwareFire() {
		small.hub.setSecretsInFirmware(true);
		assertOnly(new SecretsInFirmwareRule(), id(SecretsInFirmwareRule.ID, small.hub), Severity.HIGH,
				"Gateway 'Hub'", "firmware image contains keys, passwords or tokens", "every unit");
	}

	@Test
	void firmwareWithoutSecretsDoesNotFire() {
		assertNone(new SecretsInFirmwareRule());
	}

	@Test
	void keysOnADeviceWithoutSecureStorageFire() {
		DataAsset keys = asset("Cloud identity key", DataCategory.KEY_MATERIAL);
		small.agent.getDataAssets().add(keys);
		assertOnly(new SensitiveDataWithoutSecureStorageRule(),
				id(SensitiveDataWithoutSecureStorageRule.ID, small.hub, keys), Severity.HIGH,
				"Gateway 'Hub'", "not stated to have secure storage", "DataAsset 'Cloud identity key'", "keyMaterial",
				"held by Process 'Hub agent'");
	}

	@Test
	void keysOnADeviceWithSecureStorageDoNotFire() {
		small.agent.getDataAssets().add(asset("Cloud identity key", DataCategory.KEY_MATERIAL));
		small.hub.setSecureStorage(true);
		assertNone(new SensitiveDataWithoutSecureStorageRule());
	}

	@Test
	void nonSecretDataOnADeviceWithoutSecureStorageDoesNotFire() {
		small.hub.getDataAssets().add(small.telemetry);
		assertNone(new SensitiveDataWithoutSecureStorageRule());
	}

	@Test
	void unencryptedStoreOnADeviceHoldingCredentialsFiresHigh() {
		DataStore store = storeOn(small.agent, asset("Wi-Fi passphrase", DataCategory.CREDENTIALS));
		assertOnly(new DeviceStoreUnencryptedRule(), id(DeviceStoreUnencryptedRule.ID, store, small.hub),
				Severity.HIGH, "DataStore 'Flash store'", "runs on Gateway 'Hub'", "not stated to be encrypted at rest",
				"'Wi-Fi passphrase'", "raised to high");
	}

	@Test
	void unencryptedStoreOnADeviceHoldingPersonalDataFiresMedium() {
		DataAsset diary = asset("Diary", DataCategory.OTHER);
		diary.setPersonalData(true);
		DataStore store = storeOn(small.sensor, diary);
		assertOnly(new DeviceStoreUnencryptedRule(), id(DeviceStoreUnencryptedRule.ID, store, small.sensor),
				Severity.MEDIUM, "personal data");
	}

	@Test
	void encryptedStoreDoesNotFire() {
		storeOn(small.hub, asset("Wi-Fi passphrase", DataCategory.CREDENTIALS)).setEncryptedAtRest(true);
		assertNone(new DeviceStoreUnencryptedRule());
	}

	@Test
	void storeWithOnlyNonSensitiveDataDoesNotFire() {
		DataAsset readings = asset("Readings", DataCategory.TELEMETRY);
		readings.setConfidentiality(SecurityLevel.MEDIUM);
		storeOn(small.hub, readings);
		assertNone(new DeviceStoreUnencryptedRule());
	}

	@Test
	void storeNotOnADeviceDoesNotFire() {
		storeOn(small.cloud, asset("Wi-Fi passphrase", DataCategory.CREDENTIALS));
		assertNone(new DeviceStoreUnencryptedRule());
	}
}
