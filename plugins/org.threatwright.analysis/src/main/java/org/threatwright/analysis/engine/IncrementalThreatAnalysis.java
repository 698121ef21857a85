package org.threatwright.analysis.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EObject;
import org.threatwright.analysis.api.AnalysisContext;
import org.threatwright.analysis.api.Finding;
import org.threatwright.analysis.api.RuleDescriptor;
import org.threatwright.analysis.api.RuleDescriptors;
import org.threatwright.analysis.api.ThreatRule;
import org.threatwright.analysis.graph.ModelOrder;
import org.threatwright.model.SystemModel;

/**
 * A threat analysis that stays up to date with a model being edited, re-deriving only what a change can
 * affect. It derives everything once, then listens to the model; {@link #result()} first re-derives what
 * changed since the last call and always equals {@code new ThreatAnalysis(model, rules, date).run()} on the
 * model as it is then: the same findings, in the same order, with the same explanations, and the same
 * failures.
 *
 * <p>How: changes are recorded as they happen ({@link ChangeLog}); the data-flow graph, trust zones and
 * supply chain are updated in place ({@link DerivedViews}); the elements, flows and suppliers whose findings
 * may read what changed are found and closed over what rules need to re-create their findings
 * ({@link AffectedFocus}); every rule then runs on that focus only (rules iterate
 * {@link AnalysisContext#elements()} and its siblings, which return the focus), and the findings filed
 * under the focus are replaced by what the rules found ({@link FindingIndex}).
 *
 * <p>It falls back to a full derivation (still through the same views) when a change is product-level (the
 * product's own attributes, people, roles, assumptions, nested boundaries), when the focus would cover more
 * than a third of the model, when the last result had rule failures or findings about no element, flow or
 * supplier, and when a rule fails or changes the model during a focused run. Rules with a missing descriptor
 * or duplicate ids are always derived fully by {@link ThreatAnalysis}.
 *
 * <p>Cost of an update: the focus times the rules' cost per element, plus O(n) for the register (n findings,
 * kept sorted; new ones placed by binary search, then copied as blocks). An attribute
 * edit touches the element, its hosts and guests, and its flows two hops out. Not thread-safe: edit the model
 * and call {@link #result()} from one thread.
 */
public final class IncrementalThreatAnalysis implements AutoCloseable {

	private final SystemModel model;
	private final List<ThreatRule> rules;
	private final LocalDate evaluationDate;
	private final List<RuleDescriptor> descriptors;
	private final ModelOrder order;
	private final FindingOrder findingOrder;
	private final DerivedViews views;
	private final ChangeLog changes;
	/** Null when the last result cannot be updated and the next one must be derived fully. */
	private FindingIndex index;
	private int indexEpoch;
	private AnalysisResult result;
	private IncrementalUpdate lastUpdate;
	private boolean closed;

	/** Derives everything once and starts listening to {@code model}. Time: one full derivation. */
	public IncrementalThreatAnalysis(SystemModel model, List<ThreatRule> rules, LocalDate evaluationDate) {
		this.model = Objects.requireNonNull(model, "model");
		this.rules = List.copyOf(rules);
		this.evaluationDate = Objects.requireNonNull(evaluationDate, "evaluationDate");
		this.descriptors = descriptorsOrNull(this.rules);
		this.order = ModelOrder.of(model);
		this.findingOrder = FindingOrder.of(order, this.rules.stream().map(ThreatRule::id).toList());
		this.views = new DerivedViews(model, order);
		this.changes = new ChangeLog(model, order);
		model.eAdapters().add(changes);
		deriveFully("first derivation");
	}

	/** The rules' descriptors, or null if one is missing or two rules share an id: the plain engine reports those. */
	private static List<RuleDescriptor> descriptorsOrNull(List<ThreatRule> rules) {
		if (rules.stream().map(ThreatRule::id).distinct().count() != rules.size()) {
			return null;
		}
		List<RuleDescriptor> descriptors = new ArrayList<>();
		for (ThreatRule rule : rules) {
			try {
				descriptors.add(RuleDescriptors.of(rule));
			} catch (IllegalStateException e) {
				return null;
			}
		}
		return List.copyOf(descriptors);
	}

	/**
	 * The analysis of the model as it is now, re-deriving first what changed since the last call. Time: that
	 * of the update (see the class comment), or nothing if the model did not change.
	 */
	public AnalysisResult result() {
		if (closed) {
			throw new IllegalStateException("the incremental analysis was closed");
		}
		if (!changes.isEmpty()) {
			update();
		}
		return result;
	}

	/** What the last update re-evaluated (the first derivation counts as a full one). */
	public IncrementalUpdate lastUpdate() {
		return lastUpdate;
	}

	/** Stops listening to the model. */
	@Override
	public void close() {
		if (!closed) {
			model.eAdapters().remove(changes);
			closed = true;
		}
	}

	private void update() {
		if (changes.fullReason != null || index == null) {
			String reason = changes.fullReason != null ? changes.fullReason : "the last result could not be updated";
			changes.clear();
			views.rebuild();
			deriveFully(reason);
			return;
		}
		views.update(changes);
		AffectedFocus.Result affected = AffectedFocus.of(model, changes, views, order);
		changes.clear();
		if (affected.focus().size() * 3 > model.getElements().size() + model.getFlows().size() + model.getSuppliers().size()) {
			deriveFully("the change affects more than a third of the model");
			return;
		}
		if (order.epoch() != indexEpoch) {
			index.rekey(findingOrder);
			indexEpoch = order.epoch();
		}
		AnalysisContext context = new AnalysisContext(model, evaluationDate, views.graph(), views.zones(),
				views.supplyChain(), views.hosting(), affected.focus());
		List<RuleEvaluation.Outcome> outcomes = evaluateAll(context, affected.focus().size() > 2000);
		if (outcomes == null) {
			return;
		}
		List<FindingIndex.Entry> fresh = new ArrayList<>();
		for (RuleEvaluation.Outcome outcome : outcomes) {
			if (outcome.failure() != null) {
				deriveFully("a rule failed on the focus: " + outcome.failure().ruleId());
				return;
			}
			for (int i = 0; i < outcome.findings().size(); i++) {
				EObject[] units = FindingIndex.unitsOf(outcome.subjects().get(i));
				if (units.length == 0) {
					deriveFully("a rule reported a finding about no element, flow or supplier");
					return;
				}
				if (aboutFocus(units, affected.units())) { // what a rule found outside the focus is not its to replace
					fresh.add(new FindingIndex.Entry(findingOrder.key(outcome.findings().get(i)), units));
				}
			}
		}
		int before = result.findings().size();
		index.replace(affected.units(), fresh);
		List<Finding> findings = index.findings();
		result = new AnalysisResult(findings, List.of());
		lastUpdate = new IncrementalUpdate(false, null, affected.focus().elements().size(), affected.focus().flows().size(),
				affected.focus().suppliers().size(), before - findings.size() + fresh.size());
	}

	private static boolean aboutFocus(EObject[] units, Set<EObject> focus) {
		for (EObject unit : units) {
			if (focus.contains(unit)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Runs every rule on {@code context}, or returns null after falling back to the plain engine because a
	 * rule changed the model (it attributes the change to the rule that made it).
	 */
	private List<RuleEvaluation.Outcome> evaluateAll(AnalysisContext context, boolean parallel) {
		changes.evaluating = true;
		List<RuleEvaluation.Outcome> outcomes;
		try {
			IntStream indices = IntStream.range(0, rules.size());
			outcomes = (parallel ? indices.parallel() : indices)
					.mapToObj(i -> RuleEvaluation.evaluate(rules.get(i), descriptors.get(i), context, true)).toList();
		} finally {
			changes.evaluating = false;
		}
		if (changes.changesWhileEvaluating() > 0) {
			changes.clear();
			views.rebuild();
			derivePlainly("a rule changed the model");
			return null;
		}
		return outcomes;
	}

	private void deriveFully(String reason) {
		if (descriptors == null) {
			derivePlainly(reason);
			return;
		}
		AnalysisContext context = new AnalysisContext(model, evaluationDate, views.graph(), views.zones(),
				views.supplyChain(), views.hosting(), null);
		List<RuleEvaluation.Outcome> outcomes = evaluateAll(context, true);
		if (outcomes == null) {
			return;
		}
		List<FindingIndex.Entry> entries = new ArrayList<>();
		List<RuleFailure> failures = new ArrayList<>();
		for (RuleEvaluation.Outcome outcome : outcomes) {
			if (outcome.failure() != null) {
				failures.add(outcome.failure());
			}
			for (int i = 0; i < outcome.findings().size(); i++) {
				entries.add(new FindingIndex.Entry(findingOrder.key(outcome.findings().get(i)),
						FindingIndex.unitsOf(outcome.subjects().get(i))));
			}
		}
		FindingIndex fullIndex = new FindingIndex(entries);
		result = new AnalysisResult(fullIndex.findings(), failures);
		index = failures.isEmpty() && !fullIndex.hasFindingsWithoutUnit() ? fullIndex : null;
		indexEpoch = order.epoch();
		lastUpdate = new IncrementalUpdate(true, reason, model.getElements().size(), model.getFlows().size(),
				model.getSuppliers().size(), entries.size());
	}

	/** The plain engine's result, which cannot be updated: the next change derives everything again. */
	private void derivePlainly(String reason) {
		result = new ThreatAnalysis(model, rules, evaluationDate).run();
		index = null;
		lastUpdate = new IncrementalUpdate(true, reason, model.getElements().size(), model.getFlows().size(),
				model.getSuppliers().size(), result.findings().size());
	}
}
