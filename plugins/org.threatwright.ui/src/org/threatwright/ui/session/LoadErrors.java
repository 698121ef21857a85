package org.threatwright.ui.session;

import org.threatwright.model.io.ModelFileException;

/** The text of the error dialog shown when a model file cannot be opened. */
public final class LoadErrors {

	/** More problems than this are summarised: a dialog taller than the screen helps nobody. */
	static final int MAX_LISTED = 10;

	private LoadErrors() {
	}

	/**
	 * The exception's own message ({@code file:line:column: problem}) first, then, when the file has more
	 * than one problem, each of them on its own line.
	 */
	public static String message(ModelFileException failure) {
		StringBuilder text = new StringBuilder(failure.getMessage());
		var problems = failure.problems();
		if (problems.size() > 1) {
			text.append("\n\nAll problems:");
			problems.stream().limit(MAX_LISTED).forEach(problem -> text.append("\n").append(problem));
			if (problems.size() > MAX_LISTED) {
				text.append("\n... and ").append(problems.size() - MAX_LISTED).append(" more");
			}
		}
		text.append("\n\nThe model that was open before stays open.");
		return text.toString();
	}
}
