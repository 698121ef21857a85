package org.threatwright.diagram.notation;

import java.io.IOException;
import java.nio.file.Path;

/** A notation file that cannot be read: names the file, the line where known, and the problem. */
public final class NotationFileException extends IOException {

	private static final long serialVersionUID = 1L;

	public NotationFileException(Path file, int line, String problem, Throwable cause) {
		super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
	}
}
