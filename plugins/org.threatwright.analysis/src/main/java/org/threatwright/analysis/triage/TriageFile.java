package org.threatwright.analysis.triage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.threatwright.model.io.AtomicFiles;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Triage decisions kept in a sidecar file next to the model ({@code hub.tw} → {@code hub.tw.triage.json}), one
 * decision per finding id, sorted by id so that the file diffs well. Written atomically. (The knowledge base
 * will take this over; the format is small on purpose.)
 */
public final class TriageFile {

	public static final String SUFFIX = ".triage.json";
	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private TriageFile() {
	}

	/** The sidecar of {@code model}. */
	public static Path of(Path model) {
		return model.resolveSibling(model.getFileName() + SUFFIX);
	}

	/** The decisions in {@code file} by finding id; none if the file does not exist. */
	public static Map<String, TriageDecision> load(Path file) throws IOException {
		Map<String, TriageDecision> decisions = new TreeMap<>();
		if (!Files.exists(file)) {
			return decisions;
		}
		JsonNode root;
		try {
			root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
		} catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			throw new IOException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
					+ ": not valid JSON: " + e.getOriginalMessage(), e);
		}
		JsonNode list = root == null ? null : root.get("decisions");
		if (list == null || !list.isArray()) {
			throw new IOException(file + ": expected an object with a 'decisions' array");
		}
		for (int i = 0; i < list.size(); i++) {
			JsonNode entry = list.get(i);
			try {
				TriageDecision decision = new TriageDecision(text(entry, "findingId"),
						TriageStatus.ofLabel(text(entry, "status")), optional(entry, "justification"), text(entry, "by"),
						Instant.parse(text(entry, "at")));
				if (decisions.put(decision.findingId(), decision) != null) {
					throw new IllegalArgumentException("a second decision for " + decision.findingId());
				}
			} catch (IllegalArgumentException | DateTimeParseException e) {
				throw new IOException(file + ": decision " + (i + 1) + ": " + e.getMessage(), e);
			}
		}
		return decisions;
	}

	/** Writes {@code decisions} to {@code file} atomically (temporary file, then rename). */
	public static void save(Map<String, TriageDecision> decisions, Path file) throws IOException {
		List<Map<String, String>> list = new ArrayList<>();
		for (TriageDecision decision : new TreeMap<>(decisions).values()) {
			Map<String, String> entry = new LinkedHashMap<>();
			entry.put("findingId", decision.findingId());
			entry.put("status", decision.status().label());
			if (decision.justification() != null) {
				entry.put("justification", decision.justification());
			}
			entry.put("by", decision.by());
			entry.put("at", decision.at().toString());
			list.add(entry);
		}
		AtomicFiles.write(file, JSON.writeValueAsString(Map.of("decisions", list)) + "\n");
	}

	private static String text(JsonNode entry, String field) {
		JsonNode value = entry.get(field);
		if (value == null || !value.isTextual() || value.asText().isBlank()) {
			throw new IllegalArgumentException("'" + field + "' is missing or not text");
		}
		return value.asText();
	}

	private static String optional(JsonNode entry, String field) {
		JsonNode value = entry.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}
}
