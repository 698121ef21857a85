/**
 * Risk assessment in the style of ISO/SAE 21434 clause 15: impact and attack feasibility per finding, a
 * configurable risk matrix, treatment, and the security requirements, controls and verification derived from
 * the risks. Pure: nothing here writes the model or the knowledge base.
 */
package org.threatwright.risk;
