/**
 * The release gate (ZVEI 1.5, ISO/SAE 21434 clause 15): whether a release may ship, with every reason it may not.
 * Pure: the inputs are plain records ({@link org.threatwright.risk.gate.GateRisk},
 * {@link org.threatwright.risk.gate.GateRequirement}, {@link org.threatwright.risk.gate.GateFinding}).
 */
package org.threatwright.risk.gate;
