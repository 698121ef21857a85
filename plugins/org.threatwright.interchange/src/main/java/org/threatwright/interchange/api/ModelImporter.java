package org.threatwright.interchange.api;

import java.nio.file.Path;

/**
 * Reads a file of another tool into a new system model. Importers never write anything; they refuse hostile or
 * broken input with an {@link ImportException} and report everything they do not map in the result.
 */
public interface ModelImporter {

	/** The format this importer reads. */
	ImportFormat format();

	/**
	 * Imports {@code file}.
	 *
	 * @throws ImportException naming the file and the position when the file cannot be read, is too large or
	 *                         hostile, or is not in this importer's format
	 */
	ImportResult read(Path file) throws ImportException;
}
