package org.threatwright.analysis.rules.iot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.model.TwFactory;
import org.threatwright.model.UpdateMechanism;
import org.threatwright.model.UpdateMethod;

/** Secure boot, the presence of an update mechanism and its weaknesses. */
class BootAndUpdateRulesTest extends IotRuleTestSupport {

	private UpdateMechanism hubUpdate() {
		return small.hub.getUpdateMechanism();
	}

	@Test
	void deviceWithoutSecureBootFires() {
		// the hub states secure boot, the sensor does not
		assertOnly(new SecureBootMissingRule(), id(SecureBootMissingRule.ID, small.sensor), Severity.MEDIUM,
				"Device 'Temperature sensor'", "not stated to have secure boot", "modified firmware");
	}

	@Test
	void deviceWithSecureBootDoesNotFire() {
		small.sensor.setSecureBoot(true);
		assertNone(new SecureBootMissingRule());
	}

	@Test
	void safetyRelevantDeviceWithoutSecureBootIsHigh() {
		small.sensor.setSafetyRelevant(true);
		assertOnly(new SecureBootMissingRule(), id(SecureBootMissingRule.ID, small.sensor), Severity.HIGH,
				"safety-relevant");
	}

	@Test
	void deviceWithoutUpdateMechanismFires() {
		assertOnly(new NoUpdateMechanismRule(), id(NoUpdateMechanismRule.ID, small.sensor), Severity.MEDIUM,
				"Device 'Temperature sensor'", "has no update mechanism", "cannot be fixed in the field");
	}

	@Test
	void deviceWithAnUpdateMethodDoesNotFire() {
		UpdateMechanism update = TwFactory.eINSTANCE.createUpdateMechanism();
		update.setMethod(UpdateMethod.APP_MEDIATED);
		small.sensor.setUpdateMechanism(update);
		assertNone(new NoUpdateMechanismRule());
	}

	@Test
	void updateMethodNoneFiresAndNotStatedFiresSayingSo() {
		hubUpdate().setMethod(UpdateMethod.NONE);
		small.sensor.setSafetyRelevant(true);
		List<Finding> findings = run(new NoUpdateMechanismRule());
		assertEquals(Set.of(id(NoUpdateMechanismRule.ID, small.sensor), id(NoUpdateMechanismRule.ID, small.hub)),
				idSet(findings));
		assertEquals(Severity.HIGH, byId(findings, id(NoUpdateMechanismRule.ID, small.sensor)).severity());
		Finding hub = byId(findings, id(NoUpdateMechanismRule.ID, small.hub));
		assertEquals(Severity.MEDIUM, hub.severity());
		assertTrue(hub.explanation().contains("whose method is none"), hub.explanation());
		hubUpdate().setMethod(UpdateMethod.UNSPECIFIED);
		small.sensor.setSafetyRelevant(false);
		small.sensor.setUpdateMechanism(TwFactory.eINSTANCE.createUpdateMechanism());
		small.sensor.getUpdateMechanism().setMethod(UpdateMethod.LOCAL_MEDIA);
		assertOnly(new NoUpdateMechanismRule(), id(NoUpdateMechanismRule.ID, small.hub), Severity.MEDIUM,
				"how it delivers updates is not stated");
	}

	@Test
	void unsignedUpdateFires() {
		hubUpdate().setSigned(false);
		assertOnly(new UnsignedUpdateRule(), id(UnsignedUpdateRule.ID, small.hub, hubUpdate()), Severity.HIGH,
				"update mechanism (" + hubUpdate().getId() + ", method overTheAir) of Gateway 'Hub'",
				"not stated to sign its images", "firmware of their own");
	}

	@Test
	void signedUpdateDoesNotFire() {
		assertNone(new UnsignedUpdateRule());
	}

	@Test
	void unsignedUpdateOfASafetyRelevantDeviceIsCritical() {
		hubUpdate().setSigned(false);
		small.hub.setSafetyRelevant(true);
		assertOnly(new UnsignedUpdateRule(), id(UnsignedUpdateRule.ID, small.hub, hubUpdate()), Severity.CRITICAL,
				"safety-relevant");
	}

	@Test
	void unsignedButNotUpdatableDoesNotFire() {
		hubUpdate().setSigned(false);
		hubUpdate().setMethod(UpdateMethod.NONE);
		assertNone(new UnsignedUpdateRule());
	}

	@Test
	void updateWithoutRollbackProtectionFires() {
		assertOnly(new UpdateRollbackRule(), id(UpdateRollbackRule.ID, small.hub, hubUpdate()), Severity.MEDIUM,
				"Gateway 'Hub'", "not stated to have rollback protection", "still validly signed", "downgrade");
	}

	@Test
	void updateWithRollbackProtectionDoesNotFire() {
		hubUpdate().setRollbackProtection(true);
		assertNone(new UpdateRollbackRule());
	}

	@Test
	void unencryptedImageOfFirmwareWithSecretsFires() {
		small.hub.setSecretsInFirmware(true);
		assertOnly(new UnencryptedUpdateRule(), id(UnencryptedUpdateRule.ID, small.hub, hubUpdate()), Severity.HIGH,
				"not stated to encrypt its images", "secrets in its firmware", "extract those secrets");
	}

	@Test
	void encryptedImageOfFirmwareWithSecretsDoesNotFire() {
		small.hub.setSecretsInFirmware(true);
		hubUpdate().setEncrypted(true);
		assertNone(new UnencryptedUpdateRule());
	}

	@Test
	void unencryptedImageWithoutSecretsDoesNotFire() {
		assertNone(new UnencryptedUpdateRule());
	}

	@Test
	void automaticUpdateTheUserCannotDisableOrDeferFires() {
		hubUpdate().setAutomatic(true);
		assertOnly(new ForcedAutomaticUpdateRule(), id(ForcedAutomaticUpdateRule.ID, small.hub, hubUpdate()),
				Severity.MEDIUM, "applies updates automatically", "neither to be able to disable updating nor to defer",
				"restarts the device");
	}

	@Test
	void automaticUpdateOfASafetyRelevantDeviceIsHigh() {
		hubUpdate().setAutomatic(true);
		small.hub.setSafetyRelevant(true);
		assertOnly(new ForcedAutomaticUpdateRule(), id(ForcedAutomaticUpdateRule.ID, small.hub, hubUpdate()),
				Severity.HIGH, "safety-relevant");
	}

	@Test
	void automaticUpdateTheUserCanDeferDoesNotFire() {
		hubUpdate().setAutomatic(true);
		hubUpdate().setUserCanDefer(true);
		assertNone(new ForcedAutomaticUpdateRule());
	}

	@Test
	void automaticUpdateTheUserCanDisableDoesNotFire() {
		hubUpdate().setAutomatic(true);
		hubUpdate().setUserCanDisable(true);
		assertNone(new ForcedAutomaticUpdateRule());
	}

	@Test
	void manualUpdateDoesNotFire() {
		assertNone(new ForcedAutomaticUpdateRule());
	}
}
