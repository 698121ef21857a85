package org.threatwright.analysis.api;

import java.util.List;
import java.util.Objects;

/**
 * One threat a rule derived from the model. Findings are never stored; they are derived again on every
 * analysis, and their id is stable across runs: {@code ruleId@elementId}, with further ids appended when a
 * rule fires on a pair or a path ({@code ruleId@flowId@interfaceId}).
 * <p>
 * Compact by design, since a large model has millions of findings: a finding the engine derived keeps
 * neither its id nor its explanation as text, but writes both when asked (from the rule id and the subjects'
 * ids, and from the rule's {@link Explanation}); the strings returned are the same on every call. Equality
 * is by value, over the five properties, as for a record.
 */
public final class Finding {

	/** Null when derived from the rule id and the subjects' ids. */
	private final String id;
	private final RuleDescriptor rule;
	/** The one subject itself (most findings have one), else an immutable list of them. */
	private final Object subjects;
	private final Severity severity;
	/** A String, or an {@link Explanation} written when read. */
	private final Object explanation;

	/**
	 * A finding with its id and explanation given as text.
	 *
	 * @param id          stable finding id
	 * @param rule        the descriptor of the rule that fired
	 * @param subjects    the elements, flows, interfaces or components the finding is about, the primary one first
	 * @param severity    the severity (the rule's default unless the rule had a reason to raise or lower it)
	 * @param explanation why the rule fired here, in plain words naming the elements involved
	 */
	public Finding(String id, RuleDescriptor rule, List<ElementRef> subjects, Severity severity, String explanation) {
		this(id, rule, subjects, severity, (Object) explanation);
	}

	private Finding(String id, RuleDescriptor rule, List<ElementRef> subjects, Severity severity, Object explanation) {
		this.id = id;
		this.rule = rule;
		List<ElementRef> copy = List.copyOf(subjects); // no copy if already immutable
		if (copy.isEmpty()) {
			throw new IllegalArgumentException(rule.id() + ": a finding is about at least one element");
		}
		this.subjects = copy.size() == 1 ? copy.get(0) : copy;
		this.severity = severity;
		this.explanation = explanation;
	}

	/**
	 * A finding whose id is the rule id followed by the subjects' ids ({@code rule@first@second}) and whose
	 * explanation is {@code explanation}'s text, both written when read.
	 */
	public static Finding derived(RuleDescriptor rule, List<ElementRef> subjects, Severity severity,
			Explanation explanation) {
		return new Finding(null, Objects.requireNonNull(rule, "rule"), subjects, severity,
				Objects.requireNonNull(explanation, "explanation"));
	}

	/** As {@link #derived(RuleDescriptor, List, Severity, Explanation)}, with the explanation given as text. */
	public static Finding derived(RuleDescriptor rule, List<ElementRef> subjects, Severity severity, String explanation) {
		return new Finding(null, Objects.requireNonNull(rule, "rule"), subjects, severity, explanation);
	}

	/** The rule id followed by the subjects' ids, each after an {@code @}. */
	public static String idOf(String ruleId, List<ElementRef> subjects) {
		StringBuilder id = new StringBuilder(ruleId.length() + 40 * subjects.size()).append(ruleId);
		for (ElementRef subject : subjects) {
			id.append('@').append(subject.id());
		}
		return id.toString();
	}

	/** Stable finding id (written anew on each call for a derived finding: millions of ids are not kept). */
	public String id() {
		return id != null ? id : idOf(rule.id(), subjects());
	}

	/** The descriptor of the rule that fired. */
	public RuleDescriptor rule() {
		return rule;
	}

	/** The elements, flows, interfaces or components the finding is about, the primary one first. */
	@SuppressWarnings("unchecked")
	public List<ElementRef> subjects() {
		return subjects instanceof ElementRef one ? List.of(one) : (List<ElementRef>) subjects;
	}

	/** The severity (the rule's default unless the rule had a reason to raise or lower it). */
	public Severity severity() {
		return severity;
	}

	/** Why the rule fired here, in plain words naming the elements involved. */
	public String explanation() {
		return explanation instanceof Explanation deferred ? deferred.text() : (String) explanation;
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

	@Override
	public boolean equals(Object other) {
		return other instanceof Finding that && Objects.equals(rule, that.rule) && severity == that.severity
				&& subjects().equals(that.subjects()) && Objects.equals(id(), that.id())
				&& Objects.equals(explanation(), that.explanation());
	}

	@Override
	public int hashCode() {
		return Objects.hash(id(), rule, subjects(), severity, explanation());
	}

	@Override
	public String toString() {
		return "Finding[id=" + id() + ", rule=" + rule + ", subjects=" + subjects() + ", severity=" + severity
				+ ", explanation=" + explanation() + "]";
	}
}
