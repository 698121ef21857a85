package org.threatwright.interchange.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.threatwright.interchange.api.ImportException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses JSON input into a tree with bounded nesting, string and number sizes. */
public final class JsonInput {

	/** Deeper nesting is refused: no threat model or SBOM nests anywhere near this. */
	public static final int MAX_NESTING = 200;
	/** Longest string value accepted (characters). */
	public static final int MAX_STRING = 8 * 1024 * 1024;

	private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
					.maxStringLength(MAX_STRING).maxNumberLength(100).maxNameLength(50_000).build())
			.build());

	private JsonInput() {
	}

	/** The mapper used for reading and writing (pretty output is asked for by callers). */
	public static ObjectMapper mapper() {
		return MAPPER;
	}

	public static JsonNode parse(Path file, byte[] content) throws ImportException {
		com.fasterxml.jackson.core.JsonParser parser = null;
		try {
			parser = MAPPER.createParser(content);
			JsonNode tree = MAPPER.readTree(parser);
			if (tree == null || tree.isMissingNode()) {
				throw ImportException.at(file, "/", "no JSON value in the file");
			}
			return tree;
		} catch (JsonProcessingException e) {
			JsonLocation location = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
			String message = e.getOriginalMessage();
			if (message.contains("nesting depth")) {
				message = "the JSON nests deeper than " + MAX_NESTING + " levels; refused (" + message + ")";
			} else {
				message = "not valid JSON: " + message;
			}
			int line = location == null ? 0 : location.getLineNr();
			int column = location == null ? 0 : location.getColumnNr();
			throw line > 0 ? ImportException.at(file, line, column, message, e) : ImportException.ofFile(file, message, e);
		} catch (IOException e) {
			throw ImportException.ofFile(file, "cannot read the JSON: " + e.getMessage(), e);
		}
	}
}
