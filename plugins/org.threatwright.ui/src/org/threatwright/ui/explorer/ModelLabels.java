package org.threatwright.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.threatwright.model.Assumption;
import org.threatwright.model.Component;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.ExternalId;
import org.threatwright.model.Interface;
import org.threatwright.model.ModelElement;
import org.threatwright.model.Person;
import org.threatwright.model.RoleAssignment;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.UpdateMechanism;

/**
 * The text the Model Explorer shows for each tree node. Kept free of SWT so that it can be tested without
 * a display and reused by reports and the command line.
 */
public final class ModelLabels {

	private ModelLabels() {
	}

	/** The label of any node of the Model Explorer tree. */
	public static String text(Object node) {
		if (node instanceof TreeGroup group) {
			return group.label();
		}
		if (node instanceof BoundaryMember member) {
			return nameOf(member.element()) + " (" + humanise(member.element().eClass().getName()) + ")";
		}
		if (node instanceof EObject object) {
			return textOf(object);
		}
		return String.valueOf(node);
	}

	/**
	 * How a model object is referred to elsewhere (a flow's ends, the Properties view): its name, or for
	 * objects without a name, the same label the tree shows.
	 */
	public static String nameOf(EObject object) {
		if (object == null) {
			return "";
		}
		if (object instanceof ModelElement element && !isBlank(element.getName())) {
			return element.getName();
		}
		return textOf(object);
	}

	private static String textOf(EObject object) {
		if (object instanceof SystemModel model) {
			return productLabel(model);
		}
		if (object instanceof DataFlow flow) {
			return flowLabel(flow);
		}
		if (object instanceof Interface port) {
			return named(port) + details("interface", words(port.getTechnology()), words(port.getExposure()));
		}
		if (object instanceof Component component) {
			return named(component) + (isBlank(component.getVersion()) ? "" : " " + component.getVersion())
					+ details("component", component.getSupplier() == null ? null : named(component.getSupplier()));
		}
		if (object instanceof UpdateMechanism update) {
			return "Update: " + words(update.getMethod()) + (update.isSigned() ? ", signed" : ", unsigned");
		}
		if (object instanceof TrustBoundary boundary) {
			return named(boundary) + details(words(boundary.getKind()));
		}
		if (object instanceof DataAsset asset) {
			return named(asset) + details(words(asset.getCategory()));
		}
		if (object instanceof Person person) {
			return named(person) + details(person.getOrganisation());
		}
		if (object instanceof RoleAssignment role) {
			String kind = words(role.getKind());
			return capitalise(kind == null ? "role" : kind) + ": "
					+ (role.getPerson() == null ? "(nobody)" : named(role.getPerson()));
		}
		if (object instanceof Assumption assumption) {
			return named(assumption) + details(words(assumption.getStatus()));
		}
		if (object instanceof ExternalId externalId) {
			return externalId.getSource() + ": " + externalId.getValue();
		}
		if (object instanceof ModelElement element) {
			return named(element);
		}
		return object.eClass().getName();
	}

	/** "Smart Hub 2.3.0, compliance class 2": the product as its owner names it. */
	static String productLabel(SystemModel model) {
		StringBuilder text = new StringBuilder(named(model));
		if (!isBlank(model.getRelease())) {
			text.append(' ').append(model.getRelease());
		}
		if (model.getComplianceClass() != null) {
			text.append(", compliance ").append(words(model.getComplianceClass()));
		}
		return text.toString();
	}

	/** "Hub → Cloud (mqtts)": a flow is recognised by its ends, which is how it is drawn. */
	static String flowLabel(DataFlow flow) {
		String source = flow.getSource() == null ? "(no source)" : nameOf(flow.getSource());
		String target = flow.getTarget() == null ? "(no target)" : nameOf(flow.getTarget());
		String protocol = flow.getProtocol() == null ? "unknown" : flow.getProtocol().getLiteral();
		return source + " \u2192 " + target + " (" + protocol + ")";
	}

	/** "localNetwork" → "local network", "class2" → "class 2": enum literals as people write them. */
	public static String humanise(String identifier) {
		if (identifier == null) {
			return null;
		}
		StringBuilder words = new StringBuilder();
		for (int i = 0; i < identifier.length(); i++) {
			char c = identifier.charAt(i);
			boolean startsWord = i > 0 && (Character.isUpperCase(c) && !Character.isUpperCase(identifier.charAt(i - 1))
					|| Character.isDigit(c) && !Character.isDigit(identifier.charAt(i - 1)));
			if (startsWord) {
				words.append(' ');
			}
			words.append(c);
		}
		return words.toString().toLowerCase(Locale.ROOT);
	}

	/** Enum values in words; "unspecified" and "unknown" say nothing in a label, so they are left out. */
	private static String words(Enumerator literal) {
		if (literal == null || literal.getLiteral().equals("unspecified") || literal.getLiteral().equals("unknown")) {
			return null;
		}
		return humanise(literal.getLiteral());
	}

	private static String named(ModelElement element) {
		return isBlank(element.getName()) ? "(unnamed " + humanise(element.eClass().getName()) + ")" : element.getName();
	}

	private static String details(String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (!isBlank(part)) {
				present.add(part);
			}
		}
		return present.isEmpty() ? "" : " (" + String.join(", ", present) + ")";
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
