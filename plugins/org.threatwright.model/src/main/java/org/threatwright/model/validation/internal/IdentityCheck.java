package org.threatwright.model.validation.internal;

import java.util.HashMap;
import java.util.Map;

import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;
import org.threatwright.model.query.ModelElements;
import org.threatwright.model.validation.ModelCheck;
import org.threatwright.model.validation.ProblemCollector;

/** Every model element has an id, and no two share one: threats, history and the knowledge base key on it. */
public final class IdentityCheck implements ModelCheck {

	@Override
	public void check(SystemModel model, ProblemCollector problems) {
		Map<String, ModelElement> firstById = new HashMap<>();
		for (ModelElement element : Contents.modelElements(model)) {
			String id = element.getId();
			if (id == null || id.isBlank()) {
				problems.error("missing-id", element, "has no id; every element needs a stable unique id");
				continue;
			}
			ModelElement first = firstById.putIfAbsent(id, element);
			if (first != null) {
				problems.error("duplicate-id", element,
						"has the same id as " + ModelElements.describe(first) + "; ids must be unique");
			}
		}
	}

}
