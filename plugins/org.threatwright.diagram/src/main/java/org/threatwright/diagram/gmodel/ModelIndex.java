package org.threatwright.diagram.gmodel;

import java.util.Iterator;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;

/** Finds model elements by their UUID (the ids the diagram uses). */
public final class ModelIndex {

	private ModelIndex() {
	}

	/** The element with {@code id} (a name label's id finds its owner), if the model has one. */
	public static Optional<ModelElement> find(SystemModel model, String id) {
		if (id == null) {
			return Optional.empty();
		}
		String elementId = DiagramTypes.ownerOfLabel(id);
		Resource resource = model.eResource();
		if (resource != null && resource.getEObject(elementId) instanceof ModelElement found
				&& found.getId().equals(elementId)) {
			return Optional.of(found);
		}
		if (elementId.equals(model.getId())) {
			return Optional.of(model);
		}
		for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof ModelElement element && elementId.equals(element.getId())) {
				return Optional.of(element);
			}
		}
		return Optional.empty();
	}

	public static <T extends ModelElement> Optional<T> find(SystemModel model, String id, Class<T> type) {
		return find(model, id).filter(type::isInstance).map(type::cast);
	}
}
