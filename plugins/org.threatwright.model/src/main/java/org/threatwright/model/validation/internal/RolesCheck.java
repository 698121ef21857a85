package org.threatwright.model.validation.internal;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.model.Component;
import org.threatwright.model.RoleAssignment;
import org.threatwright.model.RoleKind;
import org.threatwright.model.SystemModel;
import org.threatwright.model.query.Components;
import org.threatwright.model.validation.ModelCheck;
import org.threatwright.model.validation.ProblemCollector;

/**
 * The roles the compliance frameworks ask to be named are named: the product security owner (IoTSF 2.4.3.1)
 * and the compliance owner (2.4.3.2) always, the component assessor (2.4.3.24) once there are third-party
 * components. Missing roles are warnings: the model is still analysable.
 */
public final class RolesCheck implements ModelCheck {

	@Override
	public void check(SystemModel model, ProblemCollector problems) {
		Set<RoleKind> named = EnumSet.noneOf(RoleKind.class);
		for (RoleAssignment role : model.getRoles()) {
			if (role.getKind() == RoleKind.UNSPECIFIED) {
				problems.error("role-kind-missing", role, "does not say which role the person holds");
			} else if (role.getPerson() != null) {
				named.add(role.getKind());
			}
		}
		require(model, named, RoleKind.PRODUCT_SECURITY_OWNER, "IoTSF 2.4.3.1", problems);
		require(model, named, RoleKind.COMPLIANCE_OWNER, "IoTSF 2.4.3.2", problems);
		if (hasThirdPartyComponents(model)) {
			require(model, named, RoleKind.COMPONENT_ASSESSOR, "IoTSF 2.4.3.24", problems);
		}
	}

	private static void require(SystemModel model, Set<RoleKind> named, RoleKind role, String clause,
			ProblemCollector problems) {
		if (!named.contains(role)) {
			problems.warning("role-missing", model, "nobody holds the role " + role.getLiteral() + " (" + clause
					+ " asks for a named person)");
		}
	}

	private static boolean hasThirdPartyComponents(SystemModel model) {
		for (EObject object : Contents.all(model)) {
			if (object instanceof Component component && Components.isThirdParty(component)) {
				return true;
			}
		}
		return false;
	}
}
