package org.threatwright.analysis.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.api.ThreatRule;
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

	/**
	 * Runs every rule, in parallel on the machine's cores; the result does not depend on the order the rules
	 * finish in. A change to the model is charged to the rule running on the thread that made it.
	 */
	public AnalysisResult run() {
		AnalysisContext context = new AnalysisContext(model, evaluationDate);
		ModificationGuard guard = new ModificationGuard();
		model.eAdapters().add(guard);
		// the register's order needs every object's model position: computed while the rules run
		CompletableFuture<FindingOrder> order = CompletableFuture.supplyAsync(() -> FindingOrder.inModel(model));
		List<RuleEvaluation.Outcome> outcomes;
		try {
			outcomes = rules.parallelStream().map(rule -> evaluate(rule, context, guard)).toList();
			if (guard.unattributed.get() > 0) {
				// a rule changed the model from a thread of its own: find it by running the rules one by one
				guard.unattributed.set(0);
				outcomes = rules.stream().map(rule -> evaluateAlone(rule, context, guard)).toList();
			}
		} finally {
			model.eAdapters().remove(guard);
		}
		List<Finding> findings = new ArrayList<>();
		List<RuleFailure> failures = new ArrayList<>();
		for (RuleEvaluation.Outcome outcome : outcomes) {
			if (outcome.failure() != null) {
				failures.add(outcome.failure());
			} else {
				findings.addAll(outcome.findings());
			}
		}
		List<Finding> unique = distinctRuleIds() ? findings : firstOfEachId(findings);
		return new AnalysisResult(orderAfter(order, guard).sort(unique), failures);
	}

	/** The order computed alongside the rules, unless an (impure) rule changed the model meanwhile. */
	private FindingOrder orderAfter(CompletableFuture<FindingOrder> order, ModificationGuard guard) {
		try {
			FindingOrder computed = order.join();
			if (guard.total.get() == 0) {
				return computed;
			}
		} catch (CompletionException e) {
			// the model changed under the walk; fall through and walk it again
		}
		return FindingOrder.inModel(model);
	}

	/** Finding ids start with the rule id, so rules with distinct ids cannot report the same finding. */
	private boolean distinctRuleIds() {
		return rules.stream().map(ThreatRule::id).distinct().count() == rules.size();
	}

	private static List<Finding> firstOfEachId(List<Finding> findings) {
		Map<String, Finding> first = new LinkedHashMap<>();
		findings.forEach(finding -> first.putIfAbsent(finding.id(), finding));
		return new ArrayList<>(first.values());
	}

	private static RuleEvaluation.Outcome evaluate(ThreatRule rule, AnalysisContext context, ModificationGuard guard) {
		RuleDescriptor descriptor;
		try {
			descriptor = RuleDescriptors.of(rule);
		} catch (IllegalStateException e) {
			return RuleEvaluation.Outcome.failed(new RuleFailure(rule.id(), e.getMessage()));
		}
		int[] changes = new int[1];
		guard.running.set(changes);
		RuleEvaluation.Outcome outcome;
		try {
			outcome = RuleEvaluation.evaluate(rule, descriptor, context, false);
		} finally {
			guard.running.remove();
		}
		return outcome.failure() == null && changes[0] > 0 ? changedTheModel(rule, changes[0] + " changes") : outcome;
	}

	private static RuleEvaluation.Outcome evaluateAlone(ThreatRule rule, AnalysisContext context,
			ModificationGuard guard) {
		RuleEvaluation.Outcome outcome = evaluate(rule, context, guard);
		int changes = guard.unattributed.getAndSet(0);
		return outcome.failure() == null && changes > 0 ? changedTheModel(rule, changes + " changes, from another thread")
				: outcome;
	}

	private static RuleEvaluation.Outcome changedTheModel(ThreatRule rule, String changes) {
		return RuleEvaluation.Outcome.failed(new RuleFailure(rule.id(), "the rule changed the model (" + changes
				+ "); rules must be pure, so its findings are discarded"));
	}

	/**
	 * Counts changes to the model while rules run (rules must never change it), per rule: the notification
	 * arrives on the thread that made the change, which is running one rule.
	 */
	private static final class ModificationGuard extends EContentAdapter {
		final ThreadLocal<int[]> running = new ThreadLocal<>();
		final AtomicInteger unattributed = new AtomicInteger();
		final AtomicInteger total = new AtomicInteger();

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
				total.incrementAndGet();
				int[] changes = running.get();
				if (changes != null) {
					changes[0]++;
				} else {
					unattributed.incrementAndGet();
				}
			}
		}
	}
}
