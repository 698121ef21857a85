package org.threatwright.interchange.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.threatwright.interchange.api.ImportException;

/**
 * Reads an input file after checking its size, so that no import holds more than {@link #MAX_BYTES} of input (and a
 * parsed tree of a few times that) in memory: threat models are kilobytes to a few megabytes, large SBOMs tens.
 */
public final class InputFiles {

	/** Inputs above this size are refused before any byte is read. */
	public static final long MAX_BYTES = 32L * 1024 * 1024;

	private InputFiles() {
	}

	public static byte[] read(Path file) throws ImportException {
		try {
			if (Files.isDirectory(file)) {
				throw ImportException.ofFile(file, "is a directory, not a file to import", null);
			}
			long size = Files.size(file);
			if (size == 0) {
				throw ImportException.ofFile(file, "the file is empty", null);
			}
			if (size > MAX_BYTES) {
				throw ImportException.ofFile(file, "the file is " + size + " bytes, more than the " + MAX_BYTES
						+ " bytes (32 MiB) an imported file may have; nothing was read", null);
			}
			return Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw ImportException.ofFile(file, "no such file", e);
		} catch (IOException e) {
			throw ImportException.ofFile(file, "cannot read the file: " + e.getMessage(), e);
		}
	}

	/** The first non-blank character of {@code content} (after a UTF-8 byte order mark), or 0. */
	public static char firstSignificant(byte[] content) {
		int i = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf ? 3 : 0;
		for (; i < content.length; i++) {
			char c = (char) (content[i] & 0xff);
			if (!Character.isWhitespace(c)) {
				return c;
			}
		}
		return 0;
	}
}
