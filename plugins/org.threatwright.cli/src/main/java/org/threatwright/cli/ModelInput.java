package org.threatwright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFileException;
import org.threatwright.model.io.ModelFiles;
import org.threatwright.model.io.SourceLines;
import org.threatwright.model.validation.ModelProblem;
import org.threatwright.model.validation.ModelValidator;

/** Loads the model file a command was given, reporting why it cannot be read in compiler style. */
final class ModelInput {

	private ModelInput() {
	}

	/**
	 * Whether {@code model} passes validation; if not, prints its errors compiler-style, then
	 * {@code file: not VERB: the model has N errors}, so that no command works on half a model.
	 */
	static boolean validOrReport(Path file, SystemModel model, PrintWriter err, String verb) {
		ModelValidator validator = new ModelValidator(model);
		if (validator.isValid()) {
			return true;
		}
		SourceLines lines = SourceLines.of(file);
		for (ModelProblem problem : validator.errors()) {
			int line = lines.lineOf(problem.elementId());
			err.println(file + (line > 0 ? ":" + line : "") + ": " + problem);
		}
		err.println(file + ": not " + verb + ": the model has " + ValidateCommand.plural(validator.errors().size(), "error"));
		return false;
	}

	/** The model in {@code file}, or null after printing each problem as {@code file:line:column: error: ...}. */
	static SystemModel loadOrReport(Path file, PrintWriter err) {
		try {
			return ModelFiles.load(file);
		} catch (ModelFileException e) {
			for (ModelFileException.Problem problem : e.problems()) {
				err.println(problem.location() + ": error: " + problem.message());
			}
			return null;
		}
	}

	/** A model loaded and checked for a command, or why not: the exit code, the problems already reported. */
	record Checked(SystemModel model, int exitCode) {
		boolean failed() {
			return model == null;
		}
	}

	/**
	 * Loads {@code file} and checks that the model has no errors, reporting the problems otherwise (unreadable:
	 * {@link ExitCode#UNREADABLE}; errors: {@link ExitCode#FAILED}, saying the model is not {@code verb}).
	 */
	static Checked loadValid(Path file, PrintWriter err, String verb) {
		SystemModel model = loadOrReport(file, err);
		if (model == null) {
			return new Checked(null, ExitCode.UNREADABLE);
		}
		if (!validOrReport(file, model, err, verb)) {
			return new Checked(null, ExitCode.FAILED);
		}
		return new Checked(model, ExitCode.OK);
	}
}
