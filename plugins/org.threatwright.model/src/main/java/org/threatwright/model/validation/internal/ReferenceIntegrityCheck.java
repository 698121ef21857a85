package org.threatwright.model.validation.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.threatwright.model.DataFlow;
import org.threatwright.model.SystemModel;
import org.threatwright.model.query.ModelElements;
import org.threatwright.model.validation.ModelCheck;
import org.threatwright.model.validation.ProblemCollector;

/**
 * Every reference points to an element of this model, and every required reference is set. (A file with
 * a dangling id does not even load; this catches models built or edited in memory, and imports.)
 * The ends of data flows are {@link FlowEndsCheck}'s business.
 */
public final class ReferenceIntegrityCheck implements ModelCheck {

	@Override
	public void check(SystemModel model, ProblemCollector problems) {
		for (EObject object : Contents.all(model)) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| reference.isTransient()) {
					continue;
				}
				checkReference(model, object, reference, problems);
			}
		}
	}

	private static void checkReference(SystemModel model, EObject object, EReference reference,
			ProblemCollector problems) {
		Object value = object.eGet(reference, false);
		List<?> targets = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
		if (targets.isEmpty() && reference.getLowerBound() > 0 && !(object instanceof DataFlow)) {
			problems.error("missing-reference", object, "required reference '" + reference.getName() + "' is not set");
		}
		for (Object target : targets) {
			EObject targetObject = (EObject) target;
			if (targetObject.eIsProxy()) {
				problems.error("dangling-reference", object, "reference '" + reference.getName()
						+ "' points to '" + EcoreUtil.getURI(targetObject).fragment() + "', which is not in this model");
			} else if (EcoreUtil.getRootContainer(targetObject) != model) {
				problems.error("dangling-reference", object, "reference '" + reference.getName() + "' points to "
						+ ModelElements.describe(targetObject) + ", which is not part of this model");
			}
		}
	}
}
