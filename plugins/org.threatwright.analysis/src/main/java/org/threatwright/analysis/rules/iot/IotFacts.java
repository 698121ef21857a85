package org.threatwright.analysis.rules.iot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.model.Device;
import org.threatwright.model.Element;
import org.threatwright.model.Interface;
import org.threatwright.model.UpdateMechanism;
import org.threatwright.model.UpdateMethod;
import org.threatwright.model.query.ModelElements;

/** What the IoT rules share: which elements live on a device, and how to name what they find. Read-only. */
final class IotFacts {

	private IotFacts() {
	}

	/** The device an element is or runs on; see {@link ModelElements#deviceOf}. */
	static Device deviceOf(Element element) {
		return ModelElements.deviceOf(element);
	}

	/** The elements to evaluate (see {@link AnalysisContext#elements()}) that are or run on a device, in model order. */
	static List<Element> onDevices(AnalysisContext context) {
		List<Element> result = new ArrayList<>();
		for (Element element : context.elements()) {
			if (deviceOf(element) != null) {
				result.add(element);
			}
		}
		return result;
	}

	/**
	 * The elements that run on a device (whose {@link #deviceOf} it is), in model order, the device itself
	 * excluded. A look-up over the whole model, not limited to the elements to evaluate; costs the size of the
	 * answer.
	 */
	static List<Element> hostedOn(AnalysisContext context, Device device) {
		return context.hosting().onDevice(device);
	}

	/**
	 * Names an element; one that runs on a device says which, e.g.
	 * {@code WebApp 'Setup UI' (id), hosted on Gateway 'Hub' (id),}.
	 */
	static String name(Element element) {
		Device device = deviceOf(element);
		return device == null || device == element ? ModelElements.kindAndName(element)
				: ModelElements.kindAndName(element) + " (running on " + ModelElements.kindAndName(device) + ")";
	}

	/** {@code Interface 'UART console' (id) of Gateway 'Hub' (id)}. */
	static String name(Element owner, Interface port) {
		return "Interface " + quoted(port) + " (" + port.getId() + ") of " + name(owner);
	}

	static String quoted(Interface port) {
		return port.getName() == null || port.getName().isBlank() ? "unnamed" : "'" + port.getName() + "'";
	}

	/** Whether the device has an update mechanism whose method is not stated to be none. */
	static boolean updatable(Device device) {
		UpdateMechanism update = device.getUpdateMechanism();
		return update != null && update.getMethod() != UpdateMethod.NONE;
	}

	/** How the update mechanism is named: {@code update mechanism 'OTA' (id) (method overTheAir)}. */
	static String name(UpdateMechanism update) {
		String label = update.getName() == null || update.getName().isBlank() ? "update mechanism"
				: "update mechanism '" + update.getName() + "'";
		String method = update.getMethod() == UpdateMethod.UNSPECIFIED ? "method not stated"
				: "method " + update.getMethod().getLiteral();
		return label + " (" + update.getId() + ", " + method + ")";
	}

	/**
	 * The date security updates end for a device: its update mechanism's own date if stated, else the product's
	 * support period; null if neither is stated.
	 */
	static LocalDate supportEnd(AnalysisContext context, Device device) {
		UpdateMechanism update = device.getUpdateMechanism();
		if (update != null && update.getSecurityUpdatesUntil() != null) {
			return update.getSecurityUpdatesUntil();
		}
		return context.model().getSupportedUntil();
	}

	/** The sentence a rule adds when it raises the severity because the element is safety-relevant. */
	static final String SAFETY_RAISED = " It is marked safety-relevant (a malfunction or compromise can harm people or"
			+ " property), so the severity is raised.";

	/** Who can reach an interface, in words; 'unknown' is said to be not stated. */
	static String exposure(Interface port) {
		return switch (port.getExposure()) {
			case UNKNOWN -> "its exposure is not stated";
			case INTERNAL -> "it is reachable only from inside the element";
			case PHYSICAL_ACCESS -> "it is reachable by anyone with physical access to a unit";
			case ADJACENT_RADIO -> "it is reachable by anyone within radio range";
			case LOCAL_NETWORK -> "it is reachable from the local network";
			case INTERNET -> "it is reachable from the internet";
		};
	}

	/** How callers of an interface authenticate, in words; 'unknown' is said to be not stated. */
	static String authentication(Interface port) {
		return switch (port.getAuthentication()) {
			case UNKNOWN -> "its authentication is not stated";
			case NONE -> "it requires no authentication";
			default -> "callers authenticate by " + port.getAuthentication().getLiteral();
		};
	}
}
