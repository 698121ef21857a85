package org.threatwright.analysis.rules.supplychain;

import java.util.List;

import org.threatwright.analysis.api.ThreatRule;

/** Supply-chain rules: third-party components and their suppliers. */
public final class SupplyChainRules {

	public static final List<ThreatRule> ALL = List.of();

	private SupplyChainRules() {
	}
}
