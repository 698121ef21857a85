package org.threatwright.risk.assessment;

import java.util.List;
import java.util.Objects;

import org.threatwright.analysis.paths.AttackPath;
import org.threatwright.analysis.paths.AttackStep;
import org.threatwright.model.Element;

/**
 * The least-hardened attack path of one entry kind to one element, and what makes it hard: the facts the feasibility
 * approaches rate. The path's hardness is the sum of its parts: 2 when every interface of that kind on the entry
 * point authenticates, and per step 2 for an authenticated flow, 1 for an encrypted flow, 1 for a step into a more
 * trusted zone, 1 for a step from a hosted element onto its host.
 *
 * @param target              the element reached
 * @param kind                how the attacker got in
 * @param entryPoint          the entry point the path starts from (the target itself when it is an entry point)
 * @param entryAuthenticated  whether every interface of this kind on the entry point authenticates
 * @param steps               the steps in order; empty when the target is itself the entry point
 * @param path                the steps as an attack path with the boundaries crossed; null when there are no steps
 * @param authenticatedSteps  steps over a flow with stated authentication
 * @param encryptedSteps      steps over an encrypted flow
 * @param inwardSteps         steps into a more trusted zone
 * @param hostEscapes         steps from a hosted element onto its host
 * @param hardness            the total hardness, by which the path was chosen
 */
public record PathProfile(Element target, EntryKind kind, Element entryPoint, boolean entryAuthenticated,
		List<AttackStep> steps, AttackPath path, int authenticatedSteps, int encryptedSteps, int inwardSteps,
		int hostEscapes, int hardness) {

	public PathProfile {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(entryPoint, "entryPoint");
		steps = List.copyOf(steps);
	}

	/** Whether the target is itself the entry point (no step needed). */
	public boolean atEntryPoint() {
		return steps.isEmpty();
	}

	/** Authentication met on the way, at the entry point included: what CVSS "privileges required" rates. */
	public int authenticationsMet() {
		return authenticatedSteps + (entryAuthenticated ? 1 : 0);
	}
}
