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

	/**
	 * The text of {@code parts} one after the other, as string concatenation would write them: strings,
	 * numbers, booleans and characters as {@link String#valueOf}, explanations by their {@link #text()}.
	 * Constant parts (string literals) and parts a rule shares between findings cost nothing per finding.
	 *
	 * @throws IllegalArgumentException if a part is of another type (a model object, say), which could change
	 *                                  after the analysis and with it the text
	 */
	static Explanation of(Object... parts) {
		return new Sentence(parts);
	}

	/** See {@link Explanation#of}. */
	final class Sentence implements Explanation {

		private final Object[] parts;

		private Sentence(Object[] parts) {
			this.parts = parts.clone();
			for (Object part : this.parts) {
				if (!(part == null || part instanceof String || part instanceof Explanation || part instanceof Integer
						|| part instanceof Long || part instanceof Boolean || part instanceof Character)) {
					throw new IllegalArgumentException("an explanation keeps values, not " + part.getClass().getName());
				}
			}
		}

		@Override
		public String text() {
			StringBuilder text = new StringBuilder(256);
			for (Object part : parts) {
				text.append(part instanceof Explanation explanation ? explanation.text() : String.valueOf(part));
			}
			return text.toString();
		}

		@Override
		public String toString() {
			return text();
		}
	}
}
