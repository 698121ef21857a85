package org.threatwright.model.query;

import org.threatwright.model.Component;
import org.threatwright.model.ComponentOrigin;

/** Facts about components that checks, rules and reports share. */
public final class Components {

	private Components() {
	}

	/** Stated to come from a third party (commercial or open source); an unstated origin is not assumed either way. */
	public static boolean isThirdParty(Component component) {
		return component.getOrigin() == ComponentOrigin.THIRD_PARTY_COMMERCIAL
				|| component.getOrigin() == ComponentOrigin.OPEN_SOURCE;
	}
}
