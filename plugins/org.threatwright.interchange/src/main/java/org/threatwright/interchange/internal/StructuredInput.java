package org.threatwright.interchange.internal;

import java.nio.file.Path;

import org.threatwright.interchange.api.ImportException;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a JSON or YAML file (told apart by its first character) into a bounded tree, and checks what it is. */
public final class StructuredInput {

	private StructuredInput() {
	}

	public static JsonNode read(Path file) throws ImportException {
		byte[] content = InputFiles.read(file);
		JsonNode tree = InputFiles.firstSignificant(content) == '{' || InputFiles.firstSignificant(content) == '['
				? JsonInput.parse(file, content)
				: YamlInput.parse(file, content);
		if (!tree.isObject()) {
			throw ImportException.at(file, "/", "expected an object at the top level, found " + tree.getNodeType()
					.toString().toLowerCase() + guessSuffix(tree));
		}
		return tree;
	}

	/** Refuses a tree that is not of the expected format, saying what it looks like instead. */
	public static void require(Path file, JsonNode tree, String expected, boolean matches, String missing)
			throws ImportException {
		if (!matches) {
			throw ImportException.at(file, "/", "not " + expected + ": " + missing + guessSuffix(tree));
		}
	}

	/** "; this looks like a Threat Dragon file" and the like, or "". */
	public static String guessSuffix(JsonNode tree) {
		String guess = guess(tree);
		return guess == null ? "" : "; this looks like " + guess;
	}

	private static String guess(JsonNode tree) {
		if (tree == null || !tree.isObject()) {
			return null;
		}
		if (tree.has("otmVersion")) {
			return "an Open Threat Model (OTM) file (import format otm)";
		}
		if (tree.has("summary") && tree.has("detail")) {
			return "a Threat Dragon file (import format threatdragon)";
		}
		if (tree.has("technical_assets") || tree.has("threagile_version")) {
			return "a Threagile file (import format threagile)";
		}
		if (tree.has("bomFormat") || tree.has("specVersion")) {
			return "a CycloneDX SBOM (import format cyclonedx)";
		}
		return null;
	}
}
