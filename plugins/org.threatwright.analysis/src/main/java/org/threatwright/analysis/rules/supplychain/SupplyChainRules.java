package org.threatwright.analysis.rules.supplychain;

import java.util.List;

import org.threatwright.analysis.api.ThreatRule;

/**
 * Supply-chain rules: third-party components and their suppliers. Order: where the code comes from and who
 * vouched for it, then whether it can be monitored, then how long it is supported, then whether it can be
 * patched, then the suppliers.
 */
public final class SupplyChainRules {

	public static final List<ThreatRule> ALL = List.of(
			new ComponentOriginUnknownRule(),
			new ComponentNotAssessedRule(),
			new SafetyComponentSupplierWithoutEvidenceRule(),
			new ComponentWithoutIdentifierRule(),
			new ComponentWithoutVersionRule(),
			new ComponentWithoutLicenceRule(),
			new ComponentPastEndOfSupportRule(),
			new ComponentEndOfSupportSoonRule(),
			new ComponentSupportShorterThanProductRule(),
			new ComponentEndOfSupportUnknownRule(),
			new ComponentOnUnupdatableDeviceRule(),
			new SupplierWithoutSecurityContactRule(),
			new SupplierWithoutSecureDesignEvidenceRule());

	private SupplyChainRules() {
	}
}
