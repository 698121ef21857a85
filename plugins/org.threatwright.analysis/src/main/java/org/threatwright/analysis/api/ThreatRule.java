package org.threatwright.analysis.api;

/**
 * One threat rule: a pure function from the model to findings. A rule reads the model through the
 * {@link AnalysisContext} and reports to the {@link FindingSink}; it never modifies the model, keeps no state
 * between evaluations, and explains every finding in plain words. Its metadata (title, STRIDE category,
 * CWE/CAPEC ids, severity, mitigation, references) is data: the JSON descriptor named after {@link #id()}
 * next to the rule's class.
 */
public interface ThreatRule {

	/** The rule id, equal to its descriptor's id. */
	String id();

	/** Evaluates the rule on the context's model and reports each finding once. */
	void evaluate(AnalysisContext context, FindingSink findings);
}
