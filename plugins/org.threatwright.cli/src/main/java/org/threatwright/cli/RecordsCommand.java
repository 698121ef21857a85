package org.threatwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.threatwright.kb.store.StoreException;
import org.threatwright.risk.requirements.Change;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A subcommand of {@code requirement}, {@code control} or {@code verify}: the parent holds the model FILE; the
 * subcommand opens a {@link RecordsSession} and works on it. Refused input (an unknown finding, requirement or
 * clause) prints {@code FILE: error: ...} and exits 1 with nothing written; an unusable store exits 3.
 */
abstract class RecordsCommand implements Callable<Integer> {

	/**
	 * The parent command, {@code requirement FILE ...}: holds the model file and, run without an action, names the
	 * actions it has.
	 */
	abstract static class ModelFileCommand implements Runnable {
		@Spec
		CommandSpec spec;

		@picocli.CommandLine.Parameters(index = "0", paramLabel = "FILE", description = "A model file (*.tw).")
		Path file;

		/** The actions, as the error names them: e.g. "add or list". */
		abstract String actions();

		@Override
		public void run() {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing the action after FILE: " + actions());
		}
	}

	@Spec
	CommandSpec spec;

	@Mixin
	KnowledgeOptions knowledge;

	@Option(names = "--by", paramLabel = "NAME", description = "Who makes the change (default: the user name).")
	String by = System.getProperty("user.name");

	PrintWriter out;
	PrintWriter err;

	Path file() {
		return ((ModelFileCommand) spec.parent().userObject()).file;
	}

	/** Who changes what, now. */
	Change change() {
		try {
			return new Change(by, Instant.now());
		} catch (IllegalArgumentException e) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--by: " + e.getMessage());
		}
	}

	@Override
	public final Integer call() {
		out = spec.commandLine().getOut();
		err = spec.commandLine().getErr();
		try (RecordsSession session = RecordsSession.open(file(), knowledge, analysisDate(), err)) {
			return run(session);
		} catch (RecordsSession.Stop stop) {
			return stop.code;
		} catch (IllegalArgumentException e) {
			err.println(file() + ": error: " + e.getMessage());
			return ExitCode.FAILED;
		} catch (IOException | StoreException e) {
			err.println("error: " + e.getMessage());
			return ExitCode.UNREADABLE;
		}
	}

	/** The date the model is analysed as of; null for today. */
	java.time.LocalDate analysisDate() {
		return null;
	}

	abstract int run(RecordsSession session) throws IOException;

	/** JSON or text. */
	static boolean json(OutputFormat format) {
		return format == OutputFormat.JSON;
	}
}
