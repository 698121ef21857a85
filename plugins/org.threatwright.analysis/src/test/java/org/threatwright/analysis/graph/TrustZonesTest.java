package org.threatwright.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.threatwright.model.DataFlow;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TwFactory;

class TrustZonesTest {

	private final SmallModels small = new SmallModels();

	@Test
	void chainsRunOutermostFirstAndLevelsComeFromTheInnermost() {
		TrustZones zones = TrustZones.of(small.model);
		assertEquals(List.of(small.home, small.enclosure), zones.chain(small.hub));
		assertEquals(List.of(small.home), zones.chain(small.sensor));
		assertEquals(2, zones.trustLevel(small.hub));
		assertEquals(1, zones.trustLevel(small.sensor));
		assertEquals(List.of(), zones.chain(small.user));
		assertEquals(0, zones.trustLevel(small.user));
		assertEquals(Optional.empty(), zones.innermost(small.user));
	}

	@Test
	void anUnlistedElementLiesWhereItsHostLies() {
		TrustZones zones = TrustZones.of(small.model);
		assertEquals(List.of(small.home, small.enclosure), zones.chain(small.agent)); // hosted on the hub
		small.enclosure.getMembers().add(small.agent);
		small.home.getMembers().remove(small.sensor);
		small.sensor.setHostedOn(small.cloud);
		zones = TrustZones.of(small.model);
		assertEquals(List.of(small.tenant), zones.chain(small.sensor));
	}

	@Test
	void aHostingCycleDoesNotLoop() {
		small.tenant.getMembers().clear();
		small.cloud.setHostedOn(small.user);
		small.user.setHostedOn(small.cloud);
		assertEquals(List.of(), TrustZones.of(small.model).chain(small.cloud));
	}

	@Test
	void crossedBoundariesInTheOrderDataPassesThem() {
		TrustZones zones = TrustZones.of(small.model);
		// hub (home > enclosure) to cloud (tenant): leaves enclosure, then home, then enters tenant
		assertEquals(List.of(small.enclosure, small.home, small.tenant), zones.crossed(small.hubToCloud));
		// sensor (home) to hub (home > enclosure): enters the enclosure only
		assertEquals(List.of(small.enclosure), zones.crossed(small.sensorToHub));
		DataFlow inside = TwFactory.eINSTANCE.createDataFlow();
		inside.setSource(small.agent);
		inside.setTarget(small.hub);
		small.model.getFlows().add(inside);
		assertFalse(TrustZones.of(small.model).crossesBoundary(inside));
		assertTrue(zones.crossesBoundary(small.hubToCloud));
	}
}
