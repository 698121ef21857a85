package org.threatwright.interchange.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Small reading helpers over Jackson trees. */
public final class Json {

	private Json() {
	}

	/** The text of a field, or null when absent, null or blank; numbers and booleans as their text. */
	public static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || value.isNull() || value.isContainerNode()) {
			return null;
		}
		String text = value.asText();
		return text.isBlank() ? null : text;
	}

	public static boolean flag(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value != null && (value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(value.asText()));
	}

	/** The items of an array field (empty when absent or not an array). */
	public static List<JsonNode> items(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		List<JsonNode> items = new ArrayList<>();
		if (value != null && value.isArray()) {
			value.forEach(items::add);
		}
		return items;
	}

	/** The entries of an object field in file order (empty when absent or not an object). */
	public static List<Map.Entry<String, JsonNode>> entries(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
		if (value != null && value.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
				entries.add(it.next());
			}
		}
		return entries;
	}

	/** Field names of {@code node} not in {@code known}, in file order. */
	public static List<String> otherFields(JsonNode node, java.util.Set<String> known) {
		List<String> other = new ArrayList<>();
		if (node != null && node.isObject()) {
			node.fieldNames().forEachRemaining(name -> {
				if (!known.contains(name)) {
					other.add(name);
				}
			});
		}
		return other;
	}

	/** A JSON pointer segment, escaped. */
	public static String seg(String name) {
		return "/" + name.replace("~", "~0").replace("/", "~1");
	}
}
