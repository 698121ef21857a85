package org.threatwright.analysis.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.ModelElement;

/**
 * Evaluates one rule on one context and collects its findings in the order it reported them, each id once
 * (the first report wins), together with the model objects each finding is about when the caller needs them
 * (incremental updates do; a full run does not keep them, to save a list per finding); or, if the rule threw,
 * why it has none. Checking that the rule left the model alone is the caller's part.
 */
final class RuleEvaluation {

	/** A rule's findings and, if asked for, their subjects (same index; else empty), or its failure. */
	record Outcome(List<Finding> findings, List<List<? extends ModelElement>> subjects, RuleFailure failure) {

		static Outcome failed(RuleFailure failure) {
			return new Outcome(List.of(), List.of(), failure);
		}
	}

	private RuleEvaluation() {
	}

	static Outcome evaluate(ThreatRule rule, RuleDescriptor descriptor, AnalysisContext context, boolean withSubjects) {
		Map<String, Finding> found = new LinkedHashMap<>();
		List<List<? extends ModelElement>> subjects = withSubjects ? new ArrayList<>() : null;
		try {
			rule.evaluate(context, sinkFor(descriptor, found, subjects));
		} catch (RuntimeException e) {
			return Outcome.failed(new RuleFailure(rule.id(), "the rule failed and reported nothing: " + e));
		}
		return new Outcome(new ArrayList<>(found.values()), subjects == null ? List.of() : subjects, null);
	}

	private static FindingSink sinkFor(RuleDescriptor descriptor, Map<String, Finding> found,
			List<List<? extends ModelElement>> subjectsFound) {
		return (List<? extends ModelElement> subjects, String explanation, Severity severity) -> {
			if (subjects.isEmpty()) {
				throw new IllegalArgumentException("a finding needs at least one subject");
			}
			StringBuilder id = new StringBuilder(descriptor.id().length() + 37 * subjects.size());
			id.append(descriptor.id());
			ElementRef[] refs = new ElementRef[subjects.size()];
			for (int i = 0; i < refs.length; i++) {
				id.append('@').append(subjects.get(i).getId());
				refs[i] = ElementRef.of(subjects.get(i));
			}
			String key = id.toString();
			if (!found.containsKey(key)) {
				// an immutable list straight away (compact for one or two subjects); Finding keeps it without copying
				found.put(key, new Finding(key, descriptor, List.of(refs), severity == null ? descriptor.severity() : severity,
						explanation));
				if (subjectsFound != null) {
					subjectsFound.add(List.copyOf(subjects));
				}
			}
		};
	}
}
