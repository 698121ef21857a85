package org.threatwright.analysis.api;

/**
 * Why a rule fired, kept as the few values the sentence needs and written out only when read: a large model
 * has millions of findings, and a paragraph of text per finding would fill the heap. An explanation holds
 * values copied out of the model when the rule fired (strings, numbers, enum constants), never model objects,
 * so its text is fixed at derivation time like a string would be, and it is safe to read from any thread.
 * Usually a small record declared in the rule, next to the code that decides to report.
 */
@FunctionalInterface
public interface Explanation {

	/** The explanation in plain words; the same text on every call. */
	String text();
}
