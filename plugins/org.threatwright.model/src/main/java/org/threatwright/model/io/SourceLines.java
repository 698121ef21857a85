package org.threatwright.model.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each element of a model file is written: the line of its {@code id="..."} attribute. Lets messages
 * about a loaded model point into the file ({@code hub.tw:42: ...}) although EMF keeps no positions.
 */
public final class SourceLines {

	private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\sid=\"([^\"]+)\"");

	private final Map<String, Integer> lineById;

	private SourceLines(Map<String, Integer> lineById) {
		this.lineById = lineById;
	}

	/** Reads {@code file} once; an unreadable file yields no positions rather than an error. */
	public static SourceLines of(Path file) {
		Map<String, Integer> lines = new HashMap<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			for (int number = 1; (line = reader.readLine()) != null; number++) {
				Matcher matcher = ID_ATTRIBUTE.matcher(line);
				while (matcher.find()) {
					lines.putIfAbsent(matcher.group(1), number);
				}
			}
		} catch (IOException e) {
			lines.clear();
		}
		return new SourceLines(lines);
	}

	/** The 1-based line of the element with {@code id}, or 0 if unknown. */
	public int lineOf(String id) {
		return id == null ? 0 : lineById.getOrDefault(id, 0);
	}
}
