package org.threatwright.interchange.api;

import java.nio.file.Path;

/**
 * An input file cannot be imported: unreadable, too large, hostile (DTDs, entity expansion, alias bombs, deep
 * nesting) or not the format it was given as. The message names the file, the position and the problem:
 * {@code FILE:LINE:COLUMN: problem} when a line is known, else {@code FILE: at PLACE: problem}.
 */
public final class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String place;
	private final String problem;

	private ImportException(Path file, int line, int column, String place, String problem, Throwable cause) {
		super(format(file, line, column, place, problem), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.place = place;
		this.problem = problem;
	}

	/** A problem at a line and column (1-based). */
	public static ImportException at(Path file, int line, int column, String problem, Throwable cause) {
		return new ImportException(file, line, column, null, problem, cause);
	}

	/** A problem at a place in the file's structure (a JSON pointer or an XML path); "/" is the whole file. */
	public static ImportException at(Path file, String place, String problem) {
		return new ImportException(file, 0, 0, place, problem, null);
	}

	/** A problem with the file as a whole (size, cannot be read). */
	public static ImportException ofFile(Path file, String problem, Throwable cause) {
		return new ImportException(file, 0, 0, null, problem, cause);
	}

	private static String format(Path file, int line, int column, String place, String problem) {
		if (line > 0) {
			return file + ":" + line + ":" + Math.max(column, 1) + ": " + problem;
		}
		return file + ": " + (place != null ? "at " + place + ": " : "") + problem;
	}

	public Path file() {
		return file;
	}

	/** 1-based line, 0 when unknown. */
	public int line() {
		return line;
	}

	/** 1-based column, 0 when unknown. */
	public int column() {
		return column;
	}

	/** The structural place (JSON pointer, XML path) or null. */
	public String place() {
		return place;
	}

	/** The problem without the location. */
	public String problem() {
		return problem;
	}
}
