package org.threatwright.analysis.rules.boundary;

import java.util.List;

import org.threatwright.analysis.api.ThreatRule;

/**
 * Interaction and trust-boundary rules: first what happens at a boundary crossing (authentication, cleartext,
 * authorization, skipped levels), then the data a flow carries (confidential, personal, secrets, end-to-end needs),
 * then safety-relevant targets, then data stores.
 */
public final class BoundaryRules {

	public static final List<ThreatRule> ALL = List.of(
			new UnauthenticatedCrossingRule(),
			new CleartextCrossingRule(),
			new UnauthorizedElevationRule(),
			new TrustLevelSkipRule(),
			new ConfidentialDataUnencryptedRule(),
			new PersonalDataUnencryptedRule(),
			new SecretsUnencryptedRule(),
			new EndToEndNeededRule(),
			new ControlWithoutIntegrityRule(),
			new SafetyElementUnauthenticatedEntryRule(),
			new InternetExposedSafetyElementRule(),
			new ExternalEntityWritesDataStoreRule(),
			new LogInjectionRule());

	private BoundaryRules() {
	}
}
