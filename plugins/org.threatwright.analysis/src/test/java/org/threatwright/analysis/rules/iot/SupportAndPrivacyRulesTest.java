package org.threatwright.analysis.rules.iot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Severity;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataCategory;
import org.threatwright.model.DataFlow;
import org.threatwright.model.TwFactory;

/** Declared and ended support periods; telemetry carrying personal data. */
class SupportAndPrivacyRulesTest extends IotRuleTestSupport {

	@Test
	void noSupportPeriodFiresPerDevice() {
		small.model.setSupportedUntil(null);
		List<Finding> findings = run(new SupportPeriodUndeclaredRule());
		assertEquals(Set.of(id(SupportPeriodUndeclaredRule.ID, small.sensor), id(SupportPeriodUndeclaredRule.ID, small.hub)),
				idSet(findings));
		assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.MEDIUM));
		String sensor = byId(findings, id(SupportPeriodUndeclaredRule.ID, small.sensor)).explanation();
		assertTrue(sensor.contains("(supportedUntil) is not stated and the device has no update mechanism"), sensor);
		String hub = byId(findings, id(SupportPeriodUndeclaredRule.ID, small.hub)).explanation();
		assertTrue(hub.startsWith("Gateway 'Hub' (" + small.hub.getId() + ") has no declared support period"), hub);
		assertTrue(hub.contains("its update mechanism does not state until when it receives security updates"), hub);
	}

	@Test
	void aDeviceWithItsOwnSecurityUpdateDateHasADeclaredPeriod() {
		small.model.setSupportedUntil(null);
		small.hub.getUpdateMechanism().setSecurityUpdatesUntil(LocalDate.of(2030, 1, 1));
		assertOnly(new SupportPeriodUndeclaredRule(), id(SupportPeriodUndeclaredRule.ID, small.sensor), Severity.MEDIUM,
				"Device 'Temperature sensor'");
	}

	@Test
	void aDeclaredProductSupportPeriodDoesNotFire() {
		assertNone(new SupportPeriodUndeclaredRule());
	}

	@Test
	void supportEndedTheDayBeforeFires() {
		small.model.setSupportedUntil(DAY.minusDays(1));
		List<Finding> findings = run(new SupportPeriodEndedRule());
		assertEquals(Set.of(id(SupportPeriodEndedRule.ID, small.sensor), id(SupportPeriodEndedRule.ID, small.hub)),
				idSet(findings));
		assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.HIGH));
		String sensor = byId(findings, id(SupportPeriodEndedRule.ID, small.sensor)).explanation();
		assertTrue(sensor.contains("supportedUntil) ended on 2026-11-22, before the evaluation date 2026-11-23"), sensor);
	}

	@Test
	void supportEndingOnTheEvaluationDateDoesNotFire() {
		small.model.setSupportedUntil(DAY);
		assertNone(new SupportPeriodEndedRule());
	}

	@Test
	void aDeviceDateOverridesTheProductDate() {
		small.hub.getUpdateMechanism().setSecurityUpdatesUntil(LocalDate.of(2025, 1, 1));
		assertOnly(new SupportPeriodEndedRule(), id(SupportPeriodEndedRule.ID, small.hub), Severity.HIGH,
				"Gateway 'Hub'", "promises security updates only until 2025-01-01");
		small.model.setSupportedUntil(LocalDate.of(2020, 1, 1));
		small.hub.getUpdateMechanism().setSecurityUpdatesUntil(LocalDate.of(2030, 1, 1));
		assertOnly(new SupportPeriodEndedRule(), id(SupportPeriodEndedRule.ID, small.sensor), Severity.HIGH,
				"Device 'Temperature sensor'", "ended on 2020-01-01");
	}

	@Test
	void personalTelemetryLeavingADeviceFires() {
		small.telemetry.setPersonalData(true);
		assertOnly(new TelemetryPersonalDataRule(), id(TelemetryPersonalDataRule.ID, small.sensorToHub), Severity.MEDIUM,
				"Data flow 'Readings' (" + small.sensorToHub.getId() + ")", "from Device 'Temperature sensor'",
				"to Gateway 'Hub'", "carries personal data: DataAsset 'Temperature readings'",
				"its encryption is transport");
	}

	@Test
	void telemetryWithPersonalDataBesideItFires() {
		DataAsset owner = TwFactory.eINSTANCE.createDataAsset();
		owner.setName("Owner id");
		owner.setCategory(DataCategory.PERSONAL);
		owner.setPersonalData(true);
		small.model.getDataAssets().add(owner);
		small.sensorToHub.getDataAssets().add(owner);
		assertOnly(new TelemetryPersonalDataRule(), id(TelemetryPersonalDataRule.ID, small.sensorToHub), Severity.MEDIUM,
				"DataAsset 'Owner id'");
	}

	@Test
	void telemetryWithoutPersonalDataDoesNotFire() {
		assertNone(new TelemetryPersonalDataRule());
	}

	@Test
	void personalTelemetryNotLeavingADeviceDoesNotFire() {
		small.telemetry.setPersonalData(true);
		small.sensorToHub.getDataAssets().clear();
		DataFlow internal = TwFactory.eINSTANCE.createDataFlow();
		internal.setSource(small.hub);
		internal.setTarget(small.agent);
		internal.getDataAssets().add(small.telemetry);
		DataFlow fromCloud = TwFactory.eINSTANCE.createDataFlow();
		fromCloud.setSource(small.cloud);
		fromCloud.setTarget(small.hub);
		fromCloud.getDataAssets().add(small.telemetry);
		small.model.getFlows().add(internal);
		small.model.getFlows().add(fromCloud);
		assertNone(new TelemetryPersonalDataRule());
	}
}
