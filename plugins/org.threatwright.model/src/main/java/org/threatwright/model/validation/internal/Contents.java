package org.threatwright.model.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;

/** Walks a model's containment tree in document order, the root included. */
final class Contents {

	private Contents() {
	}

	static List<EObject> all(SystemModel model) {
		List<EObject> all = new ArrayList<>();
		all.add(model);
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			all.add(it.next());
		}
		return all;
	}

	static List<ModelElement> modelElements(SystemModel model) {
		List<ModelElement> elements = new ArrayList<>();
		for (EObject object : all(model)) {
			if (object instanceof ModelElement element) {
				elements.add(element);
			}
		}
		return elements;
	}
}
