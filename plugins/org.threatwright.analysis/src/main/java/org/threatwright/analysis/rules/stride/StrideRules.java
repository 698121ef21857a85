package org.threatwright.analysis.rules.stride;

import java.util.List;

import org.threatwright.analysis.api.ThreatRule;

/** The STRIDE-per-element table as published by Microsoft and Shostack, one rule per (role, category). */
public final class StrideRules {

	public static final List<ThreatRule> ALL = List.of(
			new StridePerElementRule("stride-external-entity-spoofing", DfdRole.EXTERNAL_ENTITY),
			new StridePerElementRule("stride-external-entity-repudiation", DfdRole.EXTERNAL_ENTITY),
			new StridePerElementRule("stride-process-spoofing", DfdRole.PROCESS),
			new StridePerElementRule("stride-process-tampering", DfdRole.PROCESS),
			new StridePerElementRule("stride-process-repudiation", DfdRole.PROCESS),
			new StridePerElementRule("stride-process-information-disclosure", DfdRole.PROCESS),
			new StridePerElementRule("stride-process-denial-of-service", DfdRole.PROCESS),
			new StridePerElementRule("stride-process-elevation-of-privilege", DfdRole.PROCESS),
			new StridePerElementRule("stride-data-store-tampering", DfdRole.DATA_STORE),
			new StridePerElementRule("stride-data-store-information-disclosure", DfdRole.DATA_STORE),
			new StridePerElementRule("stride-data-store-denial-of-service", DfdRole.DATA_STORE),
			new StridePerElementRule("stride-log-store-repudiation", DfdRole.LOG_STORE),
			new StridePerElementRule("stride-data-flow-tampering", DfdRole.DATA_FLOW),
			new StridePerElementRule("stride-data-flow-information-disclosure", DfdRole.DATA_FLOW),
			new StridePerElementRule("stride-data-flow-denial-of-service", DfdRole.DATA_FLOW));

	private StrideRules() {
	}
}
