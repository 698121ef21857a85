package org.threatwright.analysis.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threatwright.analysis.graph.TrustZones;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.FlowDirection;
import org.threatwright.model.SecurityLevel;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TwFactory;

/**
 * The small model plus: the homeowner talks to the hub both ways, and the cloud holds confidential account
 * data. Entry points: the homeowner (external) and the hub (its UART is physically reachable). Target: the cloud.
 */
class AttackPathsTest {

	private final SmallModels small = new SmallModels();
	private DataFlow userToHub;

	@BeforeEach
	void makeTheCloudATargetAndLetTheUserTalkToTheHub() {
		DataAsset accounts = TwFactory.eINSTANCE.createDataAsset();
		accounts.setName("Account data");
		accounts.setConfidentiality(SecurityLevel.HIGH);
		small.model.getDataAssets().add(accounts);
		small.cloud.getDataAssets().add(accounts);
		userToHub = TwFactory.eINSTANCE.createDataFlow();
		userToHub.setName("Local app");
		userToHub.setSource(small.user);
		userToHub.setTarget(small.hub);
		userToHub.setDirection(FlowDirection.BIDIRECTIONAL);
		small.model.getFlows().add(userToHub);
	}

	private AttackGraph graph() {
		return AttackGraph.of(small.model);
	}

	@Test
	void entryPointsAndTargets() {
		assertEquals(List.of(small.hub, small.user), graph().entryPoints());
		assertEquals(List.of(small.cloud), graph().targets());
		small.hubUart.setEnabledInProduction(false);
		assertEquals(List.of(small.user), graph().entryPoints());
		small.sensor.setSafetyRelevant(true);
		assertEquals(List.of(small.sensor, small.cloud), graph().targets());
	}

	@Test
	void shortestPathsFirstWithTheBoundariesTheyCross() {
		List<AttackPath> paths = new KShortestAttackPaths(graph(), TrustZones.of(small.model), 5).pathsTo(small.cloud);

		assertEquals(2, paths.size());
		assertEquals(List.of(small.hubToCloud), flows(paths.get(0)));
		assertEquals(small.hub, paths.get(0).entryPoint());
		assertEquals(List.of(small.enclosure, small.home, small.tenant), paths.get(0).boundariesCrossed());
		assertEquals(List.of(userToHub, small.hubToCloud), flows(paths.get(1)));
		assertEquals(List.of(small.home, small.enclosure, small.enclosure, small.home, small.tenant),
				paths.get(1).boundariesCrossed());
		assertEquals(small.cloud, paths.get(1).target());
	}

	@Test
	void kLimitsThePathsAndMustBePositive() {
		assertEquals(1, new KShortestAttackPaths(graph(), TrustZones.of(small.model), 1).pathsTo(small.cloud).size());
		assertThrows(IllegalArgumentException.class, () -> new KShortestAttackPaths(graph(), TrustZones.of(small.model), 0));
	}

	@Test
	void unreachableTargetHasNoPathsAndNoCut() {
		small.model.getFlows().remove(small.hubToCloud);
		assertEquals(List.of(), new KShortestAttackPaths(graph(), TrustZones.of(small.model), 5).pathsTo(small.cloud));
		assertEquals(List.of(), new MinimumAttackCut(graph()).cutFor(small.cloud));
	}

	@Test
	void minimumCutIsTheOneFlowEveryPathUses() {
		List<AttackStep> cut = new MinimumAttackCut(graph()).cutFor(small.cloud);
		assertEquals(1, cut.size());
		assertEquals(small.hubToCloud, cut.get(0).flow());
	}

	@Test
	void aSecondIndependentRouteWidensTheCut() {
		DataFlow direct = TwFactory.eINSTANCE.createDataFlow();
		direct.setSource(small.user);
		direct.setTarget(small.cloud);
		small.model.getFlows().add(direct);
		List<AttackStep> cut = new MinimumAttackCut(graph()).cutFor(small.cloud);
		assertEquals(List.of(small.hubToCloud, direct).stream().map(DataFlow::getId).sorted().toList(),
				cut.stream().map(AttackStep::id).toList());
	}

	@Test
	void blastRadiusFollowsFlowsBothWaysWhenBidirectionalAndHosting() {
		Map<Element, Integer> reached = new BlastRadius(graph()).from(small.sensor);
		assertEquals(Map.of(small.hub, 1, small.cloud, 2, small.agent, 2, small.user, 2), reached);
		assertTrue(new BlastRadius(graph()).from(small.cloud).isEmpty(), "nothing flows out of the cloud");
	}

	@Test
	void blastRadiusOfEveryEntryPointNamesTheTargetsItReaches() {
		List<EntryPointReach> reach = EntryPointReach.of(graph());
		assertEquals(List.of(small.hub, small.user), reach.stream().map(EntryPointReach::entryPoint).toList());
		EntryPointReach fromHub = reach.get(0);
		assertEquals(new BlastRadius(graph()).from(small.hub).size(), fromHub.reachedElements());
		assertEquals(List.of(new EntryPointReach.TargetDistance(small.cloud, 1)), fromHub.targets());
		EntryPointReach fromUser = reach.get(1);
		assertEquals(List.of(new EntryPointReach.TargetDistance(small.cloud, 2)), fromUser.targets());
		assertEquals("From " + small.user.getName() + " an attacker reaches " + fromUser.reachedElements()
				+ " elements, one of them a high-value target: Cloud (2 steps).",
				org.threatwright.analysis.register.RegisterWriter.describeReach(fromUser).replace(small.cloud.getName(), "Cloud"));
	}

	private static List<DataFlow> flows(AttackPath path) {
		return path.steps().stream().map(AttackStep::flow).toList();
	}
}
