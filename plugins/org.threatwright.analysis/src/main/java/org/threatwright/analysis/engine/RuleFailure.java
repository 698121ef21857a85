package org.threatwright.analysis.engine;

/**
 * A rule that could not be evaluated (it threw) or broke its contract (it changed the model). The other
 * rules still ran; the failure is part of the result so that nobody mistakes a partial register for a full one.
 */
public record RuleFailure(String ruleId, String message) {
}
