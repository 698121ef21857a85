package org.threatwright.analysis.engine;

import java.util.ArrayList;
import java.util.List;

import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Explanation;
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
		Sink sink = new Sink(descriptor, withSubjects);
		try {
			rule.evaluate(context, sink);
		} catch (RuntimeException e) {
			return Outcome.failed(new RuleFailure(rule.id(), "the rule failed and reported nothing: " + e));
		}
		return new Outcome(sink.found, sink.subjectsFound == null ? List.of() : sink.subjectsFound, null);
	}

	/**
	 * Collects one rule's findings. A finding is recognised as reported before by its subjects' ids (the rule
	 * id is the same for all), so no finding id is built here: findings write theirs when asked.
	 */
	private static final class Sink implements FindingSink {

		private final RuleDescriptor descriptor;
		/** The subject ids of every finding so far: one id as is, several joined by '@' as in the finding id. */
		private final IdSet reported = new IdSet();
		final List<Finding> found = new ArrayList<>();
		final List<List<? extends ModelElement>> subjectsFound;

		Sink(RuleDescriptor descriptor, boolean withSubjects) {
			this.descriptor = descriptor;
			this.subjectsFound = withSubjects ? new ArrayList<>() : null;
		}

		@Override
		public void report(List<? extends ModelElement> subjects, String explanation, Severity severity) {
			if (isNew(subjects)) {
				found.add(Finding.derived(descriptor, refs(subjects), severityOr(severity), explanation));
				keep(subjects);
			}
		}

		@Override
		public void report(List<? extends ModelElement> subjects, Explanation explanation, Severity severity) {
			if (isNew(subjects)) {
				found.add(Finding.derived(descriptor, refs(subjects), severityOr(severity), explanation));
				keep(subjects);
			}
		}

		/** Whether no finding about the same subject ids was reported yet (the first report wins). */
		private boolean isNew(List<? extends ModelElement> subjects) {
			if (subjects.isEmpty()) {
				throw new IllegalArgumentException("a finding needs at least one subject");
			}
			if (subjects.size() == 1) {
				return reported.add(String.valueOf(subjects.get(0).getId()));
			}
			StringBuilder ids = new StringBuilder(40 * subjects.size()).append(subjects.get(0).getId());
			for (int i = 1; i < subjects.size(); i++) {
				ids.append('@').append(subjects.get(i).getId());
			}
			return reported.add(ids.toString());
		}

		private Severity severityOr(Severity severity) {
			return severity == null ? descriptor.severity() : severity;
		}

		/** An immutable list straight away (compact for one or two subjects), which Finding keeps without copying. */
		private static List<ElementRef> refs(List<? extends ModelElement> subjects) {
			return switch (subjects.size()) {
			case 1 -> List.of(ElementRef.of(subjects.get(0)));
			case 2 -> List.of(ElementRef.of(subjects.get(0)), ElementRef.of(subjects.get(1)));
			default -> {
				ElementRef[] refs = new ElementRef[subjects.size()];
				for (int i = 0; i < refs.length; i++) {
					refs[i] = ElementRef.of(subjects.get(i));
				}
				yield List.of(refs);
			}
			};
		}

		private void keep(List<? extends ModelElement> subjects) {
			if (subjectsFound != null) {
				subjectsFound.add(List.copyOf(subjects));
			}
		}
	}
}
