package org.threatwright.model.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.model.Component;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.Interface;
import org.threatwright.model.ModelElement;
import org.threatwright.model.RoleAssignment;
import org.threatwright.model.SystemModel;

/** How model objects are named in messages, reports and the UI. */
public final class ModelElements {

	private ModelElements() {
	}

	/**
	 * A label that lets a person find the object: its kind, name and id, and for parts of an element
	 * (interfaces, components, update mechanisms) the element they belong to, e.g.
	 * {@code Interface 'UART console' (id) of Gateway 'Hub' (id)}.
	 */
	public static String describe(EObject object) {
		if (object == null) {
			return "nothing";
		}
		String own = object instanceof ModelElement element ? kindAndName(element) : object.eClass().getName();
		if (object instanceof RoleAssignment role) {
			own = "role " + role.getKind().getLiteral();
		}
		EObject owner = object.eContainer();
		boolean isPart = object instanceof Interface || object instanceof Component
				|| object instanceof org.threatwright.model.UpdateMechanism;
		if (isPart && owner instanceof ModelElement parent) {
			return own + " of " + describe(parent);
		}
		return own;
	}

	/** {@code Device 'Door lock' (3f2a...)}; a nameless element shows as {@code Device (3f2a...)}. */
	public static String kindAndName(ModelElement element) {
		String name = element.getName();
		String kind = element.eClass().getName();
		String id = element.getId() == null ? "no id" : element.getId();
		return (name == null || name.isBlank() ? kind : kind + " '" + name + "'") + " (" + id + ")";
	}

	/**
	 * The element followed by what it is hosted on, transitively: {@code [process, device]}. A hosting cycle
	 * (which validation rejects) ends the chain at the first repeated element.
	 */
	public static List<Element> hostChain(Element element) {
		Set<Element> chain = new LinkedHashSet<>();
		for (Element current = element; current != null && chain.add(current); current = current.getHostedOn()) {
			// each step adds the next host
		}
		return List.copyOf(chain);
	}

	/** The device an element is or runs on (itself if a device, else the first device it is hosted on), or null. */
	public static Device deviceOf(Element element) {
		// walks the chain without allocating: rules ask this for every element; a hosting cycle (a validation
		// error) is cut after as many steps as there can be distinct hosts
		int steps = 0;
		int limit = element != null && element.eContainer() instanceof SystemModel model ? model.getElements().size() + 1 : 64;
		for (Element current = element; current != null && steps <= limit; current = current.getHostedOn(), steps++) {
			if (current instanceof Device device) {
				return device;
			}
		}
		return null;
	}

	/** The element an interface, component or update mechanism belongs to, or the element itself. */
	public static Element owningElement(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof Element element) {
				return element;
			}
		}
		return null;
	}
}
