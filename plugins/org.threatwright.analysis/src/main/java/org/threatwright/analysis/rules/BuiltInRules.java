package org.threatwright.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.rules.stride.StrideRules;

/** The one explicit registry of built-in rules, family by family. */
public final class BuiltInRules {

	private BuiltInRules() {
	}

	public static List<ThreatRule> all() {
		List<ThreatRule> all = new ArrayList<>();
		all.addAll(StrideRules.ALL);
		return List.copyOf(all);
	}
}
