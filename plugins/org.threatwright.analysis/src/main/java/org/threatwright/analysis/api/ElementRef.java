package org.threatwright.analysis.api;

import org.threatwright.model.ModelElement;

/**
 * A model element as a finding names it: enough to find it again (id) and to read the register (name, kind).
 *
 * @param id   the element's stable id
 * @param name its name (empty if it has none)
 * @param kind its metamodel class, e.g. {@code Gateway}, {@code DataFlow}, {@code Interface}
 */
public record ElementRef(String id, String name, String kind) {

	public static ElementRef of(ModelElement element) {
		return new ElementRef(element.getId(), element.getName() == null ? "" : element.getName(),
				element.eClass().getName());
	}
}
