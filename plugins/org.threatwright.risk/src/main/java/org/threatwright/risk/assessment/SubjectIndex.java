package org.threatwright.risk.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.model.Component;
import org.threatwright.model.DataAsset;
import org.threatwright.model.DataFlow;
import org.threatwright.model.Element;
import org.threatwright.model.ModelElement;
import org.threatwright.model.Supplier;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.query.ModelElements;

/**
 * Finds what a finding's subjects stand for: the model object of each subject id, the elements an attacker has to
 * reach to act on it, and the data assets and safety relevance at stake. A flow stands for its two ends (and carries
 * its own data assets); an interface, component or update mechanism for the element it belongs to; a supplier for
 * the elements its components are part of; a trust boundary for its members. Built in one pass over the model.
 */
final class SubjectIndex {

	private final Map<String, ModelElement> byId = new HashMap<>();
	private final Map<Supplier, Set<Element>> supplied = new IdentityHashMap<>();

	SubjectIndex(SystemModel model) {
		for (var contents = model.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			if (object instanceof ModelElement element && element.getId() != null) {
				byId.putIfAbsent(element.getId(), element);
			}
			if (object instanceof Component component && component.getSupplier() != null) {
				Element owner = ModelElements.owningElement(component);
				if (owner != null) {
					supplied.computeIfAbsent(component.getSupplier(), supplier -> new LinkedHashSet<>()).add(owner);
				}
			}
		}
		if (model.getId() != null) {
			byId.putIfAbsent(model.getId(), model);
		}
	}

	/** The model object with {@code id}, or null. */
	ModelElement find(String id) {
		return byId.get(id);
	}

	/** The elements an attacker must reach to act on {@code subject}. */
	List<Element> elementsOf(ModelElement subject) {
		if (subject instanceof Element element) {
			return List.of(element);
		}
		if (subject instanceof DataFlow flow) {
			List<Element> ends = new ArrayList<>(2);
			if (flow.getSource() != null) {
				ends.add(flow.getSource());
			}
			if (flow.getTarget() != null && flow.getTarget() != flow.getSource()) {
				ends.add(flow.getTarget());
			}
			return ends;
		}
		if (subject instanceof Supplier supplier) {
			return List.copyOf(supplied.getOrDefault(supplier, Set.of()));
		}
		if (subject instanceof TrustBoundary boundary) {
			return List.copyOf(boundary.getMembers());
		}
		if (subject == null || subject instanceof SystemModel || subject instanceof DataAsset) {
			return List.of();
		}
		Element owner = ModelElements.owningElement(subject);
		return owner == null ? List.of() : List.of(owner);
	}

	/** The data assets at stake: a flow's own, a data asset itself, otherwise those held by its elements. */
	List<DataAsset> assetsOf(ModelElement subject) {
		if (subject instanceof DataFlow flow) {
			return List.copyOf(flow.getDataAssets());
		}
		if (subject instanceof DataAsset asset) {
			return List.of(asset);
		}
		Set<DataAsset> assets = new LinkedHashSet<>();
		for (Element element : elementsOf(subject)) {
			assets.addAll(element.getDataAssets());
		}
		return List.copyOf(assets);
	}

	/** The safety-relevant elements among those {@code subject} stands for. */
	List<Element> safetyRelevant(ModelElement subject) {
		return elementsOf(subject).stream().filter(Element::isSafetyRelevant).toList();
	}
}
