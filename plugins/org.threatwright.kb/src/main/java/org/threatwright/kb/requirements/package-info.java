/**
 * Security requirements, controls and verification evidence in the knowledge base (graph
 * {@link org.threatwright.kb.KnowledgeGraphs#requirements}): their RDF form ({@link RequirementsRdf}), the store
 * that changes them in write transactions ({@link RequirementStore}) and the published risks the derivation and the
 * release gate read ({@link PublishedRisks}). See docs/requirements.md.
 */
package org.threatwright.kb.requirements;
