/**
 * Security requirements, controls and verification evidence (ISO/SAE 21434 clause 15, ZVEI 1.2 and 1.4): the
 * per-rule requirement templates ({@link org.threatwright.risk.requirements.RequirementTemplates}), derivation of
 * requirements from the findings whose risk exceeds the acceptance threshold
 * ({@link org.threatwright.risk.requirements.RequirementDerivation}), the edits people make
 * ({@link org.threatwright.risk.requirements.RequirementBook}) and what counts as verified
 * ({@link org.threatwright.risk.requirements.RequirementVerification}). Pure: the knowledge base stores the records.
 */
package org.threatwright.risk.requirements;
