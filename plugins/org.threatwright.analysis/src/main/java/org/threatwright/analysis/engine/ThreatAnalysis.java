package org.threatwright.analysis.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.ElementRef;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.FindingSink;
import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.api.Severity;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.model.ModelElement;
import org.threatwright.model.SystemModel;

/**
 * Derives the findings of a model: runs every rule on one shared {@link AnalysisContext}. A rule that throws
 * or changes the model is reported as a {@link RuleFailure}; the other rules still run. Findings come out in
 * a deterministic order (severity, rule id, the subjects' order in the model, finding id), without duplicates. Time: the sum of the
 * rules' costs, each typically linear in the model.
 */
public final class ThreatAnalysis {


	private final SystemModel model;
	private final List<ThreatRule> rules;
	private final LocalDate evaluationDate;

	public ThreatAnalysis(SystemModel model, List<ThreatRule> rules, LocalDate evaluationDate) {
		this.model = Objects.requireNonNull(model, "model");
		this.rules = List.copyOf(rules);
		this.evaluationDate = Objects.requireNonNull(evaluationDate, "evaluationDate");
	}

	public AnalysisResult run() {
		AnalysisContext context = new AnalysisContext(model, evaluationDate);
		Map<String, Finding> findings = new LinkedHashMap<>();
		List<RuleFailure> failures = new ArrayList<>();
		ModificationGuard guard = new ModificationGuard();
		model.eAdapters().add(guard);
		try {
			for (ThreatRule rule : rules) {
				evaluate(rule, context, findings, failures, guard);
			}
		} finally {
			model.eAdapters().remove(guard);
		}
		return new AnalysisResult(findings.values().stream().sorted(orderIn(model)).toList(), failures);
	}

	/**
	 * Severity first, then rule, then where the subjects stand in the model (so a rule's findings read in the
	 * order the architect wrote the elements), then the id for subjects in the same place.
	 */
	private static Comparator<Finding> orderIn(SystemModel model) {
		Map<String, Integer> position = new java.util.HashMap<>();
		position.put(model.getId(), 0);
		for (var it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof ModelElement element) {
				position.putIfAbsent(element.getId(), position.size());
			}
		}
		Comparator<Finding> bySubjects = (a, b) -> {
			for (int i = 0; i < Math.min(a.subjects().size(), b.subjects().size()); i++) {
				int compared = Integer.compare(position.getOrDefault(a.subjects().get(i).id(), Integer.MAX_VALUE),
						position.getOrDefault(b.subjects().get(i).id(), Integer.MAX_VALUE));
				if (compared != 0) {
					return compared;
				}
			}
			return Integer.compare(a.subjects().size(), b.subjects().size());
		};
		return Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId).thenComparing(bySubjects)
				.thenComparing(Finding::id);
	}

	private static void evaluate(ThreatRule rule, AnalysisContext context, Map<String, Finding> findings,
			List<RuleFailure> failures, ModificationGuard guard) {
		RuleDescriptor descriptor;
		try {
			descriptor = RuleDescriptors.of(rule);
		} catch (IllegalStateException e) {
			failures.add(new RuleFailure(rule.id(), e.getMessage()));
			return;
		}
		guard.changes = 0;
		Map<String, Finding> found = new LinkedHashMap<>();
		try {
			rule.evaluate(context, sinkFor(descriptor, found));
		} catch (RuntimeException e) {
			failures.add(new RuleFailure(rule.id(), "the rule failed and reported nothing: " + e));
			return;
		}
		if (guard.changes > 0) {
			failures.add(new RuleFailure(rule.id(), "the rule changed the model (" + guard.changes
					+ " changes); rules must be pure, so its findings are discarded"));
			return;
		}
		found.forEach(findings::putIfAbsent);
	}

	private static FindingSink sinkFor(RuleDescriptor descriptor, Map<String, Finding> found) {
		return (List<? extends ModelElement> subjects, String explanation, Severity severity) -> {
			if (subjects.isEmpty()) {
				throw new IllegalArgumentException("a finding needs at least one subject");
			}
			String id = descriptor.id() + "@"
					+ subjects.stream().map(ModelElement::getId).collect(Collectors.joining("@"));
			found.putIfAbsent(id, new Finding(id, descriptor, subjects.stream().map(ElementRef::of).toList(),
					severity == null ? descriptor.severity() : severity, explanation));
		};
	}

	/** Counts changes to the model while a rule runs: rules must never change it. */
	private static final class ModificationGuard extends EContentAdapter {
		int changes;

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
				changes++;
			}
		}
	}
}
