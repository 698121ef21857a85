package org.threatwright.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.rules.boundary.BoundaryRules;
import org.threatwright.analysis.rules.iot.IotRules;
import org.threatwright.analysis.rules.stride.StrideRules;
import org.threatwright.analysis.rules.supplychain.SupplyChainRules;

/** The one explicit registry of built-in rules, family by family. */
public final class BuiltInRules {

	private BuiltInRules() {
	}

	public static List<ThreatRule> all() {
		List<ThreatRule> all = new ArrayList<>();
		all.addAll(StrideRules.ALL);
		all.addAll(BoundaryRules.ALL);
		all.addAll(IotRules.ALL);
		all.addAll(SupplyChainRules.ALL);
		return List.copyOf(all);
	}
}
