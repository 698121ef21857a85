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
}
