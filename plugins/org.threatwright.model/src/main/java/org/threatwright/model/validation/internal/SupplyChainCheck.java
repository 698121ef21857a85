package org.threatwright.model.validation.internal;

import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.model.Component;
import org.threatwright.model.ComponentOrigin;
import org.threatwright.model.SystemModel;
import org.threatwright.model.query.Components;
import org.threatwright.model.validation.ModelCheck;
import org.threatwright.model.validation.ProblemCollector;

/**
 * Third-party components name their supplier (IoTSF 2.4.3.24-2.4.3.28 need someone to ask), and their
 * identifiers are well-formed, since vulnerability monitoring matches on them.
 */
public final class SupplyChainCheck implements ModelCheck {

	/** purl: pkg:type/[namespace/]name[@version][?qualifiers][#subpath], type per the purl specification. */
	private static final Pattern PURL = Pattern.compile("pkg:[A-Za-z][A-Za-z0-9.+-]*/[^\\s/][^\\s]*");
	/** CPE 2.2 URI binding. */
	private static final Pattern CPE_URI = Pattern.compile("cpe:/[aho]:[^\\s]*");
	private static final Pattern CPE_FORMATTED_PREFIX = Pattern.compile("cpe:2\\.3:[aho*\\-]:.*");

	@Override
	public void check(SystemModel model, ProblemCollector problems) {
		for (EObject object : Contents.all(model)) {
			if (object instanceof Component component) {
				checkComponent(component, problems);
			}
		}
	}

	private static void checkComponent(Component component, ProblemCollector problems) {
		boolean thirdParty = Components.isThirdParty(component);
		if (component.getOrigin() == ComponentOrigin.UNSPECIFIED) {
			problems.warning("component-origin-missing", component,
					"does not say whether it is in-house or third-party; supply-chain checks need to know");
		}
		if (thirdParty && component.getSupplier() == null) {
			problems.error("supplier-missing", component, "is a third-party component ("
					+ component.getOrigin().getLiteral() + ") without a supplier; name who supplies it");
		}
		if (thirdParty && isBlank(component.getVersion())) {
			problems.warning("component-version-missing", component,
					"has no version; without one, vulnerability reports cannot be matched to it");
		}
		String purl = component.getPurl();
		if (!isBlank(purl) && !PURL.matcher(purl).matches()) {
			problems.error("purl-invalid", component, "package URL '" + purl
					+ "' is not a purl (expected pkg:TYPE/[NAMESPACE/]NAME[@VERSION], e.g. pkg:npm/lodash@4.17.21)");
		}
		String cpe = component.getCpe();
		if (!isBlank(cpe) && !isCpe(cpe)) {
			problems.error("cpe-invalid", component, "CPE '" + cpe
					+ "' is not a CPE name (expected cpe:2.3:PART:VENDOR:PRODUCT:VERSION followed by 7 more fields)");
		}
	}

	static boolean isCpe(String cpe) {
		if (CPE_URI.matcher(cpe).matches()) {
			return true;
		}
		if (!CPE_FORMATTED_PREFIX.matcher(cpe).matches() || cpe.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		// formatted string binding: 13 colon-separated parts; "\:" is an escaped colon inside a value
		return cpe.split("(?<!\\\\):", -1).length == 13;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
