package org.threatwright.analysis.api;

import java.util.List;

/**
 * One threat a rule derived from the model. Findings are never stored; they are derived again on every
 * analysis, and their id is stable across runs: {@code ruleId@elementId}, with further ids appended when a
 * rule fires on a pair or a path ({@code ruleId@flowId@interfaceId}).
 *
 * @param id          stable finding id
 * @param rule        the descriptor of the rule that fired
 * @param subjects    the elements, flows, interfaces or components the finding is about, the primary one first
 * @param severity    the severity (the rule's default unless the rule had a reason to raise or lower it)
 * @param explanation why the rule fired here, in plain words naming the elements involved
 */
public record Finding(String id, RuleDescriptor rule, List<ElementRef> subjects, Severity severity,
		String explanation) {

	public Finding {
		subjects = List.copyOf(subjects);
		if (subjects.isEmpty()) {
			throw new IllegalArgumentException(rule.id() + ": a finding is about at least one element");
		}
	}

	public String ruleId() {
		return rule.id();
	}

	public Stride stride() {
		return rule.stride();
	}

	public String title() {
		return rule.title();
	}
}
