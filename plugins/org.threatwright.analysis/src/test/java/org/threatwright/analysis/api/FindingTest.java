package org.threatwright.analysis.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threatwright.model.SmallModels;

class FindingTest {

	private static final RuleDescriptor RULE = new RuleDescriptor("test-rule", "A test threat", RuleFamily.IOT,
			Stride.TAMPERING, Severity.HIGH, List.of(1), List.of(), "Do something.", List.of());
	private static final ElementRef HUB = new ElementRef("hub-1", "Hub", "Gateway");
	private static final ElementRef PORT = new ElementRef("port-2", "UART", "Interface");

	@Test
	void aDerivedFindingWritesTheSameIdAndTextAsOneGivenThem() {
		Finding derived = Finding.derived(RULE, List.of(HUB, PORT), Severity.HIGH,
				Explanation.of(Labels.hub(), " exposes ", 2, " ports", '.'));
		Finding given = new Finding("test-rule@hub-1@port-2", RULE, List.of(HUB, PORT), Severity.HIGH,
				"Gateway 'Hub' exposes 2 ports.");
		assertEquals("test-rule@hub-1@port-2", derived.id());
		assertEquals("Gateway 'Hub' exposes 2 ports.", derived.explanation());
		assertEquals(given, derived);
		assertEquals(given.hashCode(), derived.hashCode());
		assertEquals(given.toString(), derived.toString());
		assertEquals(List.of(HUB, PORT), derived.subjects());
	}

	@Test
	void aFindingAboutOneSubjectListsIt() {
		Finding one = Finding.derived(RULE, List.of(HUB), Severity.LOW, "text");
		assertEquals(List.of(HUB), one.subjects());
		assertEquals("test-rule@hub-1", one.id());
		assertNotEquals(Finding.derived(RULE, List.of(HUB), Severity.LOW, "other text"), one);
	}

	@Test
	void aFindingNeedsASubject() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Finding.derived(RULE, List.of(), Severity.LOW, "text"));
		assertEquals("test-rule: a finding is about at least one element", e.getMessage());
	}

	@Test
	void anExplanationKeepsValuesNotModelObjects() {
		SmallModels small = new SmallModels();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Explanation.of("Element ", small.hub, " is exposed"));
		assertEquals("an explanation keeps values, not org.threatwright.model.impl.GatewayImpl", e.getMessage());
	}

	/** Explanations nest: a label is an explanation of its own. */
	private static final class Labels {
		static Explanation hub() {
			return () -> "Gateway 'Hub'";
		}
	}
}
