package org.threatwright.cli;

/** The exit codes of every {@code threatwright} command. */
final class ExitCode {

	static final int OK = 0;
	/** The input was read, and what it says fails the check (an invalid model, a gate that does not pass). */
	static final int FAILED = 1;
	/** picocli's own code for wrong usage. */
	static final int USAGE = 2;
	/** An input file is missing, unreadable or not a model at all. */
	static final int UNREADABLE = 3;
	/** The analysis ran, but a rule failed: the result is incomplete and must not pass a gate. */
	static final int INCOMPLETE = 4;

	private ExitCode() {
	}
}
