package org.threatwright.model.io;

import java.nio.file.Path;
import java.util.List;

/**
 * A model file that cannot be read or written. The message names the file, the position where known
 * (line and column, 1-based) and the problem, e.g. {@code hub.tw:12:7: unknown element type 'tw:Toaster'}.
 * When a file has several problems, {@link #problems()} lists all of them; the message shows the first.
 */
public final class ModelFileException extends Exception {

	private static final long serialVersionUID = 1L;

	/** One problem at one place in a file; line and column are 0 when unknown. */
	public record Problem(Path file, int line, int column, String message) {

		/** {@code file}, {@code file:line} or {@code file:line:column}, as compilers print it. */
		public String location() {
			StringBuilder text = new StringBuilder(String.valueOf(file));
			if (line > 0) {
				text.append(':').append(line);
				if (column > 0) {
					text.append(':').append(column);
				}
			}
			return text.toString();
		}

		@Override
		public String toString() {
			return location() + ": " + message;
		}
	}

	private final transient List<Problem> problems;

	public ModelFileException(List<Problem> problems, Throwable cause) {
		super(describe(problems), cause);
		this.problems = List.copyOf(problems);
	}

	public ModelFileException(Path file, String message, Throwable cause) {
		this(List.of(new Problem(file, 0, 0, message)), cause);
	}

	public List<Problem> problems() {
		return problems;
	}

	private static String describe(List<Problem> problems) {
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("a ModelFileException needs at least one problem");
		}
		String first = problems.get(0).toString();
		return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
	}
}
