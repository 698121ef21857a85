package org.threatwright.analysis.rules.boundary;

import java.util.List;

import org.threatwright.analysis.api.ThreatRule;

/** Interaction and trust-boundary rules. */
public final class BoundaryRules {

	public static final List<ThreatRule> ALL = List.of();

	private BoundaryRules() {
	}
}
