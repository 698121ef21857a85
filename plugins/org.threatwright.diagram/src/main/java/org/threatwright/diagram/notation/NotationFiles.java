package org.threatwright.diagram.notation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.threatwright.model.io.AtomicFiles;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the notation file beside a model: {@code product.tw} has its layout in
 * {@code product.tw.notation.json}. Format (documented in docs/diagram.md):
 * <pre>{"format":"threatwright-notation","version":1,
 *  "nodes":{"&lt;id&gt;":{"x":0,"y":0,"w":150,"h":60}}, "routes":{"&lt;id&gt;":[[x,y],...]}}</pre>
 * Keys are written sorted, numbers rounded to 0.1, so the file diffs well. Saves are atomic.
 */
public final class NotationFiles {

	public static final String SUFFIX = ".notation.json";
	public static final String FORMAT = "threatwright-notation";
	public static final int VERSION = 1;

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	private NotationFiles() {
	}

	/** The notation file of {@code modelFile}: the same name with {@value #SUFFIX} appended. */
	public static Path notationFileOf(Path modelFile) {
		return modelFile.resolveSibling(modelFile.getFileName() + SUFFIX);
	}

	/** Loads {@code file}; a missing file is an empty notation (the diagram is then laid out automatically). */
	public static DiagramNotation load(Path file) throws NotationFileException {
		if (!Files.exists(file)) {
			return new DiagramNotation();
		}
		JsonNode root;
		try {
			root = JSON.readTree(file.toFile());
		} catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			throw new NotationFileException(file, at == null ? 0 : at.getLineNr(), "not valid JSON: " + e.getOriginalMessage(), e);
		} catch (IOException e) {
			throw new NotationFileException(file, 0, "cannot read: " + e.getMessage(), e);
		}
		return parse(file, root);
	}

	static DiagramNotation parse(Path file, JsonNode root) throws NotationFileException {
		if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
			throw new NotationFileException(file, 0, "not a notation file: \"format\" must be \"" + FORMAT + "\"", null);
		}
		if (root.path("version").asInt(-1) != VERSION) {
			throw new NotationFileException(file, 0, "unsupported version " + root.path("version") + " (expected " + VERSION + ")", null);
		}
		DiagramNotation notation = new DiagramNotation();
		for (Iterator<Map.Entry<String, JsonNode>> it = root.path("nodes").fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			JsonNode b = entry.getValue();
			try {
				notation.putBounds(entry.getKey(), new Bounds(number(b, "x"), number(b, "y"), number(b, "w"), number(b, "h")));
			} catch (IllegalArgumentException e) {
				throw new NotationFileException(file, 0, "nodes." + entry.getKey() + ": " + e.getMessage(), e);
			}
		}
		for (Iterator<Map.Entry<String, JsonNode>> it = root.path("routes").fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			List<Point> points = new ArrayList<>();
			for (JsonNode p : entry.getValue()) {
				if (!p.isArray() || p.size() != 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
					throw new NotationFileException(file, 0, "routes." + entry.getKey() + ": a point must be [x, y], found " + p, null);
				}
				points.add(new Point(p.get(0).asDouble(), p.get(1).asDouble()));
			}
			notation.putRoute(entry.getKey(), points);
		}
		return notation;
	}

	private static double number(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isNumber()) {
			throw new IllegalArgumentException("\"" + field + "\" must be a number, found " + value);
		}
		return value.asDouble();
	}

	/** The JSON text of {@code notation}. */
	public static String toJson(DiagramNotation notation) {
		ObjectNode root = JSON.createObjectNode();
		root.put("format", FORMAT);
		root.put("version", VERSION);
		ObjectNode nodes = root.putObject("nodes");
		notation.allBounds().forEach((id, b) -> {
			ObjectNode n = nodes.putObject(id);
			n.put("x", round(b.x()));
			n.put("y", round(b.y()));
			n.put("w", round(b.width()));
			n.put("h", round(b.height()));
		});
		ObjectNode routes = root.putObject("routes");
		notation.allRoutes().forEach((id, points) -> {
			ArrayNode list = routes.putArray(id);
			points.forEach(p -> list.addArray().add(round(p.x())).add(round(p.y())));
		});
		try {
			return JSON.writeValueAsString(root) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot serialise a notation", e);
		}
	}

	/** Writes {@code notation} to {@code file} atomically (temporary file, fsync, rename). */
	public static void save(DiagramNotation notation, Path file) throws IOException {
		AtomicFiles.write(file, toJson(notation));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
