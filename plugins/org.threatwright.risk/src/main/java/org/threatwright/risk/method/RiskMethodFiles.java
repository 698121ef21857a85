package org.threatwright.risk.method;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A risk method as a project's JSON file (documented in docs/risk.md) and back. Reading checks everything before a
 * method exists: unknown keys, scale levels, approach, a matrix with a missing or extra row or a row of the wrong
 * length, values below 1 or falling as impact or feasibility rise, a threshold outside the values, and risk levels;
 * each problem is a {@link RiskMethodException} naming the file, the JSON path and the problem.
 */
public final class RiskMethodFiles {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
	private static final Set<String> KEYS = Set.of("name", "impactScale", "feasibilityScale", "feasibilityApproach",
			"matrix", "acceptanceThreshold", "levels");

	private RiskMethodFiles() {
	}

	/**
	 * The method in {@code file}.
	 *
	 * @throws IOException          when the file cannot be read
	 * @throws RiskMethodException when it is not a valid method
	 */
	public static RiskMethod load(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
	}

	/**
	 * The method in {@code json}.
	 *
	 * @param source names the input in error messages (a file name)
	 * @throws RiskMethodException naming {@code source}, the JSON path and the problem
	 */
	public static RiskMethod parse(String json, String source) {
		JsonNode root;
		try {
			root = MAPPER.readTree(json);
		} catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			throw new RiskMethodException(source, at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr(),
					"not JSON: " + e.getOriginalMessage());
		}
		return new Reader(source).method(root);
	}

	/** The method as JSON in the file format; {@link #parse} gives an equal method back. */
	public static String toJson(RiskMethod method) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("name", method.name());
		method.impactScale().levels().forEach(root.putArray("impactScale")::add);
		method.feasibilityScale().levels().forEach(root.putArray("feasibilityScale")::add);
		root.put("feasibilityApproach", method.approach().label());
		ObjectNode matrix = root.putObject("matrix");
		int[][] rows = method.matrix().rows();
		for (int row = rows.length - 1; row >= 0; row--) { // highest impact first, as the standard prints it
			ArrayNode values = matrix.putArray(method.impactScale().level(row));
			for (int value : rows[row]) {
				values.add(value);
			}
		}
		root.put("acceptanceThreshold", method.acceptanceThreshold());
		method.levels().forEach(level -> root.withArray("levels").add(level.label()));
		try {
			return MAPPER.writeValueAsString(root) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot write a risk method as JSON", e);
		}
	}

	/** Reads one document, failing at the first problem with its path. */
	private record Reader(String source) {

		RiskMethod method(JsonNode root) {
			if (root == null || !root.isObject()) {
				throw fail("$", "expected an object with the method's matrix and acceptanceThreshold");
			}
			for (Iterator<String> keys = root.fieldNames(); keys.hasNext();) {
				String key = keys.next();
				if (!KEYS.contains(key)) {
					throw fail("$." + key, "unknown key (expected " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
				}
			}
			String name = root.has("name") ? text(root.get("name"), "$.name") : "project method";
			Scale impact = scale(root, "impactScale", "impact", RiskMethod.DEFAULT_IMPACT);
			Scale feasibility = scale(root, "feasibilityScale", "feasibility", RiskMethod.DEFAULT_FEASIBILITY);
			FeasibilityApproach approach = FeasibilityApproach.ATTACK_POTENTIAL;
			if (root.has("feasibilityApproach")) {
				try {
					approach = FeasibilityApproach.ofLabel(text(root.get("feasibilityApproach"), "$.feasibilityApproach"));
				} catch (RiskMethodException e) {
					throw e;
				} catch (IllegalArgumentException e) {
					throw fail("$.feasibilityApproach", e.getMessage());
				}
			}
			RiskMatrix matrix = matrix(root.get("matrix"), impact, feasibility);
			JsonNode threshold = root.get("acceptanceThreshold");
			if (threshold == null) {
				throw fail("$.acceptanceThreshold", "missing: the highest risk value accepted without treatment");
			}
			if (!threshold.isInt()) {
				throw fail("$.acceptanceThreshold", "expected a whole number, was " + threshold);
			}
			if (threshold.intValue() < 1 || threshold.intValue() > matrix.maxValue()) {
				throw fail("$.acceptanceThreshold", threshold.intValue() + " is outside the risk values 1.." + matrix.maxValue());
			}
			List<RiskLevel> levels = root.has("levels") ? levels(root.get("levels"), matrix.maxValue())
					: RiskMethod.evenLevels(matrix.maxValue());
			try {
				return new RiskMethod(name, impact, feasibility, approach, matrix, threshold.intValue(), levels);
			} catch (IllegalArgumentException e) {
				throw fail("$", e.getMessage());
			}
		}

		private Scale scale(JsonNode root, String key, String what, List<String> fallback) {
			JsonNode node = root.get(key);
			if (node == null) {
				return new Scale(what, fallback);
			}
			String path = "$." + key;
			if (!node.isArray()) {
				throw fail(path, "expected a list of level names, lowest first");
			}
			List<String> levels = new ArrayList<>();
			Set<String> seen = new LinkedHashSet<>();
			for (int i = 0; i < node.size(); i++) {
				String level = text(node.get(i), path + "[" + i + "]");
				if (level.isBlank()) {
					throw fail(path + "[" + i + "]", "a level name is not blank");
				}
				if (!seen.add(level)) {
					throw fail(path + "[" + i + "]", "'" + level + "' is named twice");
				}
				levels.add(level);
			}
			if (levels.size() < 2) {
				throw fail(path, "a scale has at least two levels, this has " + levels.size());
			}
			return new Scale(what, levels);
		}

		private RiskMatrix matrix(JsonNode node, Scale impact, Scale feasibility) {
			if (node == null) {
				throw fail("$.matrix", "missing: one row per impact level, each with one risk value per feasibility level");
			}
			if (!node.isObject()) {
				throw fail("$.matrix", "expected an object with one row per impact level (" + String.join(", ", impact.levels()) + ")");
			}
			for (Iterator<Map.Entry<String, JsonNode>> rows = node.fields(); rows.hasNext();) {
				String level = rows.next().getKey();
				if (!impact.contains(level)) {
					throw fail("$.matrix." + level, "not an impact level (expected one of " + String.join(", ", impact.levels()) + ")");
				}
			}
			int[][] values = new int[impact.size()][];
			for (int row = 0; row < impact.size(); row++) {
				String level = impact.level(row);
				String path = "$.matrix." + level;
				JsonNode values1 = node.get(level);
				if (values1 == null) {
					throw fail(path, "missing: the matrix has no row for impact '" + level + "'");
				}
				if (!values1.isArray() || values1.size() != feasibility.size()) {
					throw fail(path, (values1.isArray() ? values1.size() + " values" : "not a list") + ", expected "
							+ feasibility.size() + " (one per feasibility level: " + String.join(", ", feasibility.levels()) + ")");
				}
				values[row] = new int[feasibility.size()];
				for (int column = 0; column < feasibility.size(); column++) {
					JsonNode value = values1.get(column);
					String at = path + "[" + column + "]";
					if (!value.isInt()) {
						throw fail(at, "expected a whole number, was " + value);
					}
					if (value.intValue() < 1) {
						throw fail(at, "risk values start at 1, was " + value.intValue());
					}
					values[row][column] = value.intValue();
				}
			}
			for (int row = 0; row < values.length; row++) {
				for (int column = 0; column < values[row].length; column++) {
					String at = "$.matrix." + impact.level(row) + "[" + column + "]";
					if (column > 0 && values[row][column] < values[row][column - 1]) {
						throw fail(at, values[row][column] + " is lower than " + values[row][column - 1] + " for feasibility '"
								+ feasibility.level(column - 1) + "': a higher feasibility must never give a lower risk");
					}
					if (row > 0 && values[row][column] < values[row - 1][column]) {
						throw fail(at, values[row][column] + " is lower than " + values[row - 1][column] + " for impact '"
								+ impact.level(row - 1) + "': a higher impact must never give a lower risk");
					}
				}
			}
			return new RiskMatrix(values);
		}

		private List<RiskLevel> levels(JsonNode node, int maxValue) {
			if (!node.isArray() || node.size() != maxValue) {
				throw fail("$.levels", "expected " + maxValue + " risk levels, one per risk value 1.." + maxValue
						+ (node.isArray() ? ", was " + node.size() : ""));
			}
			List<RiskLevel> levels = new ArrayList<>();
			for (int i = 0; i < node.size(); i++) {
				String at = "$.levels[" + i + "]";
				try {
					levels.add(RiskLevel.ofLabel(text(node.get(i), at)));
				} catch (RiskMethodException e) {
					throw e;
				} catch (IllegalArgumentException e) {
					throw fail(at, e.getMessage());
				}
			}
			return levels;
		}

		private String text(JsonNode node, String path) {
			if (node == null || !node.isTextual()) {
				throw fail(path, "expected a string, was " + node);
			}
			return node.textValue();
		}

		private RiskMethodException fail(String path, String problem) {
			return new RiskMethodException(source, path, problem);
		}
	}
}
