package org.threatwright.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.threatwright.model.Component;
import org.threatwright.model.DataFlow;
import org.threatwright.model.SmallModels;
import org.threatwright.model.TwFactory;

class SystemGraphTest {

	private final SmallModels small = new SmallModels();

	@Test
	void elementsAreVerticesAndFlowsDirectedEdges() {
		SystemGraph graph = SystemGraph.of(small.model);
		assertEquals(5, graph.graph().vertexSet().size());
		assertEquals(Set.of(small.sensorToHub, small.hubToCloud), graph.graph().edgeSet());
		assertEquals(Set.of(small.sensorToHub), graph.incoming(small.hub));
		assertEquals(Set.of(small.hubToCloud), graph.outgoing(small.hub));
		assertEquals(List.of(small.sensorToHub, small.hubToCloud), graph.flowsOf(small.hub));
		assertThrows(UnsupportedOperationException.class, () -> graph.graph().removeVertex(small.hub));
	}

	@Test
	void parallelFlowsAndSelfLoopsAreKeptAndFlowsWithoutEndsLeftOut() {
		DataFlow parallel = TwFactory.eINSTANCE.createDataFlow();
		parallel.setSource(small.hub);
		parallel.setTarget(small.cloud);
		DataFlow loop = TwFactory.eINSTANCE.createDataFlow();
		loop.setSource(small.cloud);
		loop.setTarget(small.cloud);
		DataFlow dangling = TwFactory.eINSTANCE.createDataFlow();
		dangling.setSource(small.cloud);
		small.model.getFlows().addAll(List.of(parallel, loop, dangling));
		SystemGraph graph = SystemGraph.of(small.model);
		assertEquals(4, graph.graph().edgeSet().size());
		assertEquals(Set.of(small.hubToCloud, parallel), graph.graph().getAllEdges(small.hub, small.cloud));
	}

	@Test
	void supplyChainLinksElementsComponentsAndSuppliers() {
		SupplyChainGraph chain = SupplyChainGraph.of(small.model);
		assertEquals(List.of(small.firmware, small.tls), chain.components());
		assertEquals(small.hub, SupplyChainGraph.elementOf(small.tls));
		assertEquals(Set.of(small.vendor), org.jgrapht.Graphs.successorListOf(chain.graph(), small.tls).stream()
				.collect(java.util.stream.Collectors.toSet()));
		assertEquals(List.of(small.tls), chain.componentsSuppliedBy(small.vendor));
		assertEquals(List.of(), chain.componentsSuppliedBy(TwFactory.eINSTANCE.createSupplier()));
		Component loose = TwFactory.eINSTANCE.createComponent();
		assertThrows(IllegalStateException.class, () -> SupplyChainGraph.elementOf(loose));
	}
}
