package org.threatwright.analysis.rules.iot;

import java.util.List;

import org.threatwright.analysis.api.ThreatRule;

/** Rules particular to connected devices. */
public final class IotRules {

	public static final List<ThreatRule> ALL = List.of();

	private IotRules() {
	}
}
