package org.threatwright.diagram.gmodel;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.threatwright.model.Element;
import org.threatwright.model.TwPackage;

/**
 * The element kinds of the system diagram: one node type, palette entry and default size per concrete
 * {@link Element} class. The node type is what the client's views are registered under.
 */
public enum ElementKind {
	DEVICE(TwPackage.Literals.DEVICE, "Device"),
	GATEWAY(TwPackage.Literals.GATEWAY, "Gateway"),
	CLOUD_SERVICE(TwPackage.Literals.CLOUD_SERVICE, "Cloud service"),
	MOBILE_APP(TwPackage.Literals.MOBILE_APP, "Mobile app"),
	WEB_APP(TwPackage.Literals.WEB_APP, "Web app"),
	PROCESS(TwPackage.Literals.PROCESS, "Process"),
	DATA_STORE(TwPackage.Literals.DATA_STORE, "Data store"),
	EXTERNAL_ENTITY(TwPackage.Literals.EXTERNAL_ENTITY, "External entity");

	/** Width and height of a new element node. */
	public static final double WIDTH = 150;
	public static final double HEIGHT = 60;

	private final EClass eClass;
	private final String label;

	ElementKind(EClass eClass, String label) {
		this.eClass = eClass;
		this.label = label;
	}

	public EClass eClass() {
		return eClass;
	}

	/** Palette label, e.g. {@code Cloud service}. */
	public String label() {
		return label;
	}

	/** GLSP node type, e.g. {@code node:CloudService}. */
	public String nodeType() {
		return DiagramTypes.NODE_PREFIX + eClass.getName();
	}

	/** A new, unnamed element of this kind (with its fresh UUID). */
	public Element create() {
		return (Element) eClass.getEPackage().getEFactoryInstance().create(eClass);
	}

	/** The kind of {@code element}: the exact class decides (a gateway is not drawn as a device). */
	public static ElementKind of(Element element) {
		EClass eClass = element.eClass();
		return Arrays.stream(values()).filter(kind -> kind.eClass == eClass).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no diagram kind for " + eClass.getName()));
	}

	public static Optional<ElementKind> ofNodeType(String nodeType) {
		return Arrays.stream(values()).filter(kind -> kind.nodeType().equals(nodeType)).findFirst();
	}
}
