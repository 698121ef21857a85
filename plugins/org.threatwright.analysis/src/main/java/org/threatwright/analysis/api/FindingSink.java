package org.threatwright.analysis.api;

import java.util.List;

import org.threatwright.model.ModelElement;

/**
 * Where a rule reports what it found. The finding's id, title and category come from the rule's descriptor.
 * The explanation is either text, or an {@link Explanation} that writes the text when it is read (for rules
 * that fire on most elements or flows of a model, where the text of every finding would cost more memory than
 * the model).
 */
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

	/** As {@link #report(List, String)}, with the text written when the finding's explanation is read. */
	default void report(List<? extends ModelElement> subjects, Explanation explanation) {
		report(subjects, explanation, null);
	}

	/** As {@link #report(List, Explanation)}, with a severity other than the default, or null for the default. */
	void report(List<? extends ModelElement> subjects, Explanation explanation, Severity severity);
}
