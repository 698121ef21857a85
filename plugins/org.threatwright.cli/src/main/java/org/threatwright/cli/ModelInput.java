package org.threatwright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.threatwright.model.SystemModel;
import org.threatwright.model.io.ModelFileException;
import org.threatwright.model.io.ModelFiles;

/** Loads the model file a command was given, reporting why it cannot be read in compiler style. */
final class ModelInput {

	private ModelInput() {
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
