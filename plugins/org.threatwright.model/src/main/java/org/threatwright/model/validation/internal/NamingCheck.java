package org.threatwright.model.validation.internal;

import java.util.HashMap;
import java.util.Map;

import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;
import org.threatwright.model.UpdateMechanism;
import org.threatwright.model.query.ModelElements;
import org.threatwright.model.validation.ModelCheck;
import org.threatwright.model.validation.ProblemCollector;

/**
 * People read threat registers by name: named things have names, and elements' names are unique, or the
 * diagram and the register become ambiguous. Flows and update mechanisms may stay nameless (their ends
 * name them). Warnings only.
 */
public final class NamingCheck implements ModelCheck {

	@Override
	public void check(SystemModel model, ProblemCollector problems) {
		for (ModelElement element : Contents.modelElements(model)) {
			if (element instanceof DataFlow || element instanceof UpdateMechanism) {
				continue;
			}
			if (element.getName() == null || element.getName().isBlank()) {
				problems.warning("name-missing", element, "has no name");
			}
		}
		Map<String, Element> firstByName = new HashMap<>();
		for (Element element : model.getElements()) {
			String name = element.getName();
			if (name == null || name.isBlank()) {
				continue;
			}
			Element first = firstByName.putIfAbsent(name.strip(), element);
			if (first != null) {
				problems.warning("name-duplicate", element,
						"has the same name as " + ModelElements.kindAndName(first) + "; element names should be unique");
			}
		}
	}
}
