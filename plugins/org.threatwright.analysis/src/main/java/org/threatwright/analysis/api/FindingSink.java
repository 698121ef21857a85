package org.threatwright.analysis.api;

import java.util.List;

import org.threatwright.model.ModelElement;

/** Where a rule reports what it found. The finding's id, title and category come from the rule's descriptor. */
public interface FindingSink {

	/**
	 * Reports a finding about {@code subjects} (the primary subject first; the finding id is the rule id followed
	 * by their ids) with the rule's default severity.
	 */
	default void report(List<? extends ModelElement> subjects, String explanation) {
		report(subjects, explanation, null);
	}

	/** As {@link #report(List, String)}, with a severity other than the default, or null for the default. */
	void report(List<? extends ModelElement> subjects, String explanation, Severity severity);
}
