package org.threatwright.analysis.rules.stride;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.Stride;
import org.threatwright.analysis.engine.AnalysisResult;
import org.threatwright.analysis.engine.ThreatAnalysis;
import org.threatwright.model.DataStore;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TwFactory;

/** The per-element table, exactly as published: which categories each kind of element gets. */
class StridePerElementTest {

	private static final Set<Stride> PROCESS = EnumSet.allOf(Stride.class);
	private static final Set<Stride> EXTERNAL_ENTITY = EnumSet.of(Stride.SPOOFING, Stride.REPUDIATION);
	private static final Set<Stride> DATA_STORE = EnumSet.of(Stride.TAMPERING, Stride.INFORMATION_DISCLOSURE,
			Stride.DENIAL_OF_SERVICE);
	private static final Set<Stride> LOG_STORE = EnumSet.of(Stride.TAMPERING, Stride.INFORMATION_DISCLOSURE,
			Stride.DENIAL_OF_SERVICE, Stride.REPUDIATION);
	private static final Set<Stride> DATA_FLOW = DATA_STORE;

	private final SmallModels small = new SmallModels();

	private Map<String, Set<Stride>> categoriesBySubject() {
		AnalysisResult result = new ThreatAnalysis(small.model, StrideRules.ALL, LocalDate.of(2026, 11, 23)).run();
		assertEquals(List.of(), result.failures());
		return result.findings().stream().collect(Collectors.groupingBy(f -> f.subjects().get(0).id(), TreeMap::new,
				Collectors.mapping(Finding::stride, Collectors.toCollection(() -> EnumSet.noneOf(Stride.class)))));
	}

	@Test
	void eachKindGetsExactlyItsCategories() {
		DataStore store = TwFactory.eINSTANCE.createDataStore();
		store.setName("Readings DB");
		DataStore logs = TwFactory.eINSTANCE.createDataStore();
		logs.setName("Audit log");
		logs.setHoldsLogs(true);
		small.model.getElements().add(store);
		small.model.getElements().add(logs);

		Map<String, Set<Stride>> expected = new TreeMap<>();
		expected.put(small.sensor.getId(), PROCESS); // a device counts as a process
		expected.put(small.hub.getId(), PROCESS); // so does a gateway
		expected.put(small.cloud.getId(), PROCESS);
		expected.put(small.agent.getId(), PROCESS);
		expected.put(small.user.getId(), EXTERNAL_ENTITY);
		expected.put(store.getId(), DATA_STORE);
		expected.put(logs.getId(), LOG_STORE);
		expected.put(small.sensorToHub.getId(), DATA_FLOW);
		expected.put(small.hubToCloud.getId(), DATA_FLOW);

		assertEquals(expected, categoriesBySubject());
	}

	@Test
	void findingIdsAreRuleIdAtElementId() {
		AnalysisResult result = new ThreatAnalysis(small.model, StrideRules.ALL, LocalDate.of(2026, 11, 23)).run();
		assertEquals(4 * 6 + 2 + 2 * 3, result.findings().size());
		assertTrue(result.findings().stream().anyMatch(f -> f.id().equals("stride-process-spoofing@" + small.hub.getId())));
		assertTrue(result.findings().stream().allMatch(f -> f.id().equals(f.ruleId() + "@" + f.subjects().get(0).id())));
	}

	@Test
	void explanationsNameTheElementAndWhyItCountsAsAProcess() {
		AnalysisResult result = new ThreatAnalysis(small.model, StrideRules.ALL, LocalDate.of(2026, 11, 23)).run();
		Finding hub = result.findings().stream()
				.filter(f -> f.id().equals("stride-process-elevation-of-privilege@" + small.hub.getId())).findFirst().orElseThrow();
		assertEquals("Gateway 'Hub' (" + small.hub.getId() + ") is a process (devices, gateways, cloud services and apps"
				+ " count as processes) in the data-flow model, and STRIDE per element gives every such element this"
				+ " threat. It has 1 incoming flow and 1 outgoing flow.", hub.explanation());
		Finding flow = result.findings().stream()
				.filter(f -> f.id().equals("stride-data-flow-information-disclosure@" + small.sensorToHub.getId()))
				.findFirst().orElseThrow();
		assertTrue(flow.explanation().startsWith("Data flow 'Readings' from Device 'Temperature sensor' ("), flow.explanation());
		assertTrue(flow.explanation().contains("(protocol zigbee, encryption transport) is a data flow"), flow.explanation());
	}

	@Test
	void noElementsNoFindings() {
		small.model.getFlows().clear();
		small.model.getElements().clear();
		assertEquals(Map.of(), categoriesBySubject());
	}
}
