package org.threatwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatwright.model.Device;
import org.threatwright.model.TwFactory;
import org.threatwright.ui.explorer.BoundaryMember;
import org.threatwright.ui.explorer.ModelLabels;
import org.threatwright.ui.explorer.ModelTree;
import org.threatwright.ui.explorer.TreeGroup;

/** The grouping, order and labels of the Model Explorer tree, without any widgets. */
class ModelTreeTest {

	private final SmallModel small = new SmallModel();

	@Test
	void productIsTheOnlyRootAndLabelledWithReleaseAndComplianceClass() {
		assertEquals(List.of(small.model), ModelTree.roots(small.model));
		assertEquals("Smart Lock 1.4, compliance class 3", ModelLabels.text(small.model));
		assertEquals(List.of(), ModelTree.roots(null));
	}

	@Test
	void productShowsTheSevenGroupsInFixedOrderWithCounts() {
		assertEquals(List.of("Elements (5)", "Data flows (2)", "Trust boundaries (3)", "Data assets (1)",
				"Suppliers (1)", "People and roles (2)", "Assumptions (1)"), labels(ModelTree.children(small.model)));
	}

	@Test
	void elementsAreGroupedByExactKindAndOnlyKindsPresentAreShown() {
		TreeGroup elements = group(ModelTree.children(small.model), ModelTree.ELEMENTS);

		assertEquals(List.of("Devices (2)", "Gateways (1)", "Cloud services (1)", "Mobile apps (1)"),
				labels(elements.children()));
		TreeGroup gateways = (TreeGroup) elements.children().get(1);
		assertEquals(List.of(small.bridge), gateways.children(), "a gateway is not listed again under devices");
	}

	@Test
	void siblingsAreSortedByNameIgnoringCase() {
		TreeGroup devices = (TreeGroup) group(ModelTree.children(small.model), ModelTree.ELEMENTS).children().get(0);
		assertEquals(List.of(small.keypad, small.lock), devices.children(), "Keypad before lock body");

		Device another = TwFactory.eINSTANCE.createDevice();
		another.setName("Alarm siren");
		small.model.getElements().add(another);
		TreeGroup again = (TreeGroup) group(ModelTree.children(small.model), ModelTree.ELEMENTS).children().get(0);
		assertEquals(List.of(another, small.keypad, small.lock), again.children());
	}

	@Test
	void flowsAreLabelledSourceToTargetWithProtocol() {
		TreeGroup flows = group(ModelTree.children(small.model), ModelTree.FLOWS);

		assertEquals(List.of("Bridge \u2192 Lock cloud (mqtts)", "lock body \u2192 Bridge (bleGatt)"),
				labels(flows.children()));
	}

	@Test
	void flowWithoutEndsStillHasALabel() {
		assertEquals("(no source) \u2192 (no target) (unknown)",
				ModelLabels.text(TwFactory.eINSTANCE.createDataFlow()));
	}

	@Test
	void trustBoundariesNestAsInTheModelWithNestedBoundariesBeforeMembers() {
		TreeGroup boundaries = group(ModelTree.children(small.model), ModelTree.BOUNDARIES);
		assertEquals(List.of(small.tenant, small.home), boundaries.children());

		List<Object> home = ModelTree.children(small.home);
		assertEquals(small.enclosure, home.get(0));
		assertEquals(List.of("Enclosure (physical enclosure)", "Bridge (gateway)", "Keypad (device)", "lock body (device)"),
				labels(home));
		BoundaryMember member = (BoundaryMember) home.get(1);
		assertSame(small.bridge, member.element());
		assertSame(small.bridge, ModelTree.objectOf(member), "selecting a member shows the element");

		assertEquals(List.of(new BoundaryMember(small.enclosure, small.lock)), ModelTree.children(small.enclosure));
	}

	@Test
	void interfacesThenComponentsAreShownUnderTheirElementAndComponentsNest() {
		List<Object> parts = ModelTree.children(small.lock);

		assertEquals(List.of(small.ble, small.debug, small.firmware), parts);
		assertEquals("Lock firmware 2.1 (component)", ModelLabels.text(small.firmware));
		assertEquals(List.of(small.crypto), ModelTree.children(small.firmware));
		assertEquals("crypto-lib 1.0.3 (component, Crypto Vendor)", ModelLabels.text(small.crypto));
		assertFalse(ModelTree.hasChildren(small.crypto));
	}

	@Test
	void peopleComeBeforeTheirRoles() {
		TreeGroup people = group(ModelTree.children(small.model), ModelTree.PEOPLE_AND_ROLES);

		assertEquals(List.of("Alice", "Product security owner: Alice"), labels(people.children()));
	}

	@Test
	void groupsAreEqualWhenRebuiltSoTheTreeKeepsItsExpansion() {
		TreeGroup first = group(ModelTree.children(small.model), ModelTree.FLOWS);
		TreeGroup rebuilt = group(ModelTree.children(small.model), ModelTree.FLOWS);

		assertEquals(first, rebuilt);
		assertEquals(first.hashCode(), rebuilt.hashCode());
		assertFalse(first.equals(group(ModelTree.children(new SmallModel().model), ModelTree.FLOWS)),
				"groups of another model are different nodes");
		assertNull(ModelTree.objectOf(first), "a group heading has no properties");
	}

	@Test
	void unnamedObjectsAreStillRecognisable() {
		assertEquals("(unnamed cloud service)", ModelLabels.text(TwFactory.eINSTANCE.createCloudService()));
	}

	private static TreeGroup group(List<Object> nodes, String key) {
		return nodes.stream().map(TreeGroup.class::cast).filter(g -> g.key().equals(key)).findFirst().orElseThrow();
	}

	private static List<String> labels(List<?> nodes) {
		return nodes.stream().map(ModelLabels::text).toList();
	}

	@Test
	void humaniseSplitsCamelCaseAndDigits() {
		assertEquals("local network", ModelLabels.humanise("localNetwork"));
		assertEquals("class 2", ModelLabels.humanise("class2"));
		assertEquals("cloud service", ModelLabels.humanise("CloudService"));
		assertTrue(ModelLabels.humanise("").isEmpty());
	}
}
