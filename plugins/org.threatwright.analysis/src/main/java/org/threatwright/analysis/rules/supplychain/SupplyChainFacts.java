package org.threatwright.analysis.rules.supplychain;

import java.util.List;
import java.util.stream.Collectors;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.graph.SupplyChainGraph;
import org.threatwright.model.Component;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.Supplier;
import org.threatwright.model.query.ModelElements;

/** Facts about components, their elements and suppliers that several supply-chain rules share. */
final class SupplyChainFacts {

	private SupplyChainFacts() {
	}

	/** Whether a free-text attribute was stated: not null and not blank. */
	static boolean stated(String value) {
		return value != null && !value.isBlank();
	}

	/** How a component is named in explanations: kind, name, id and the element (and parent components) it is part of. */
	static String describe(Component component) {
		return ModelElements.describe(component);
	}

	/** What the component is, by origin: "an open-source component", "a commercial third-party component". */
	static String aComponentOfItsOrigin(Component component) {
		return switch (component.getOrigin()) {
			case OPEN_SOURCE -> "an open-source component";
			case THIRD_PARTY_COMMERCIAL -> "a commercial third-party component";
			case IN_HOUSE -> "an in-house component";
			case UNSPECIFIED -> "a component whose origin is not stated";
		};
	}

	/** ", version 3.6.2," when the version is stated, else "". */
	static String versionClause(Component component) {
		return stated(component.getVersion()) ? ", version " + component.getVersion() + "," : "";
	}

	/** The origin of a component as an adjective: open-source, commercial third-party, in-house. */
	static String origin(Component component) {
		return switch (component.getOrigin()) {
			case OPEN_SOURCE -> "open-source";
			case THIRD_PARTY_COMMERCIAL -> "commercial third-party";
			case IN_HOUSE -> "in-house";
			case UNSPECIFIED -> "origin not stated";
		};
	}

	/**
	 * The element and what it is hosted on, innermost first: a process, the device it runs on, ... Stops at a
	 * repeated element, so a (invalid) hosting cycle cannot loop.
	 */
	static List<Element> hostChain(Element element) {
		return ModelElements.hostChain(element);
	}

	/** The first element of the component's element and its hosts that is safety-relevant, or null. */
	static Element safetyRelevantHost(Component component) {
		return hostChain(SupplyChainGraph.elementOf(component)).stream().filter(Element::isSafetyRelevant).findFirst()
				.orElse(null);
	}

	/** The device the component runs on: its element if that is a device, else the first device it is hosted on; or null. */
	static Device deviceOf(Component component) {
		return hostChain(SupplyChainGraph.elementOf(component)).stream().filter(Device.class::isInstance)
				.map(Device.class::cast).findFirst().orElse(null);
	}

	/** Why the element counts as safety-relevant, as a clause: "it is" or "it runs on ... which is". */
	static String safetyClause(Component component, Element safetyElement) {
		Element own = SupplyChainGraph.elementOf(component);
		return own == safetyElement
				? ModelElements.kindAndName(safetyElement) + " is marked safety-relevant"
				: ModelElements.kindAndName(own) + " runs on " + ModelElements.kindAndName(safetyElement)
						+ ", which is marked safety-relevant";
	}

	/** The components a supplier supplies, in model order. */
	static List<Component> suppliedBy(AnalysisContext context, Supplier supplier) {
		return context.supplyChain().componentsSuppliedBy(supplier);
	}

	/** "'A', 'B' and 2 more" style list of component names for explanations. */
	static String names(List<Component> components) {
		List<String> names = components.stream()
				.map(c -> stated(c.getName()) ? "'" + c.getName() + "'" : "(" + c.getId() + ")").toList();
		int shown = Math.min(names.size(), 5);
		String list = names.subList(0, shown).stream().collect(Collectors.joining(", "));
		return names.size() > shown ? list + " and " + (names.size() - shown) + " more" : list;
	}

	static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
