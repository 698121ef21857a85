package org.threatwright.ui.explorer;

import org.eclipse.emf.ecore.EClass;
import org.threatwright.model.Element;
import org.threatwright.model.TwPackage;

/**
 * The kinds of element the Model Explorer groups "Elements" by, in the order the groups are shown.
 * The order follows how architects read a product (things in the field first, the outside world last),
 * not the alphabet.
 */
public enum ElementKind {
	DEVICES("Devices", TwPackage.Literals.DEVICE),
	GATEWAYS("Gateways", TwPackage.Literals.GATEWAY),
	CLOUD_SERVICES("Cloud services", TwPackage.Literals.CLOUD_SERVICE),
	MOBILE_APPS("Mobile apps", TwPackage.Literals.MOBILE_APP),
	WEB_APPS("Web apps", TwPackage.Literals.WEB_APP),
	PROCESSES("Processes", TwPackage.Literals.PROCESS),
	DATA_STORES("Data stores", TwPackage.Literals.DATA_STORE),
	EXTERNAL_ENTITIES("External entities", TwPackage.Literals.EXTERNAL_ENTITY),
	/** Element classes added to the metamodel later than this view: shown rather than silently dropped. */
	OTHER("Other elements", null);

	private final String title;
	private final EClass eClass;

	ElementKind(String title, EClass eClass) {
		this.title = title;
		this.eClass = eClass;
	}

	public String title() {
		return title;
	}

	/**
	 * The kind of {@code element}. The exact class wins, so a gateway (which is a kind of device in the
	 * metamodel) is listed under Gateways, not Devices; a future subclass falls back to its nearest listed
	 * super class.
	 */
	public static ElementKind of(Element element) {
		EClass actual = element.eClass();
		for (ElementKind kind : values()) {
			if (kind.eClass == actual) {
				return kind;
			}
		}
		for (ElementKind kind : values()) {
			if (kind.eClass != null && kind.eClass.isSuperTypeOf(actual)) {
				return kind;
			}
		}
		return OTHER;
	}
}
