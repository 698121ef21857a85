package org.threatwright.model.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.threatwright.model.Component;
import org.threatwright.model.Element;
import org.threatwright.model.Interface;
import org.threatwright.model.SystemModel;
import org.threatwright.model.TrustBoundary;
import org.threatwright.model.TwPackage;

/**
 * Counts of what a model holds: elements by kind, flows, boundaries and their nesting depth, interfaces,
 * components (nested ones included), suppliers, data assets. One pass over the model.
 *
 * @param elementsByKind element counts keyed by metamodel class name, in metamodel order, kinds with 0 included
 */
public record ModelStatistics(Map<String, Integer> elementsByKind, int elements, int flows, int boundaries,
		int boundaryDepth, int interfaces, int components, int thirdPartyComponents, int suppliers,
		int dataAssets, int people, int assumptions) {

	/** The concrete element kinds, in the order the metamodel declares them. */
	public static final List<String> ELEMENT_KINDS = TwPackage.eINSTANCE.getEClassifiers().stream()
			.filter(c -> c instanceof org.eclipse.emf.ecore.EClass eClass && !eClass.isAbstract()
					&& TwPackage.Literals.ELEMENT.isSuperTypeOf(eClass))
			.map(c -> c.getName()).toList();

	public static ModelStatistics of(SystemModel model) {
		Map<String, Integer> byKind = new LinkedHashMap<>();
		ELEMENT_KINDS.forEach(kind -> byKind.put(kind, 0));
		int boundaries = 0;
		int depth = 0;
		int interfaces = 0;
		int components = 0;
		int thirdParty = 0;
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof Element element) {
				byKind.merge(element.eClass().getName(), 1, Integer::sum);
			} else if (object instanceof TrustBoundary boundary) {
				boundaries++;
				depth = Math.max(depth, depthOf(boundary));
			} else if (object instanceof Interface) {
				interfaces++;
			} else if (object instanceof Component component) {
				components++;
				if (Components.isThirdParty(component)) {
					thirdParty++;
				}
			}
		}
		return new ModelStatistics(byKind, model.getElements().size(), model.getFlows().size(), boundaries, depth,
				interfaces, components, thirdParty, model.getSuppliers().size(), model.getDataAssets().size(),
				model.getPeople().size(), model.getAssumptions().size());
	}

	private static int depthOf(TrustBoundary boundary) {
		int depth = 0;
		for (EObject current = boundary; current instanceof TrustBoundary; current = current.eContainer()) {
			depth++;
		}
		return depth;
	}
}
