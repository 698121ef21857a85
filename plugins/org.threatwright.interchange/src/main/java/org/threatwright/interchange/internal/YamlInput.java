package org.threatwright.interchange.internal;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import org.threatwright.interchange.api.ImportException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Parses YAML into the same JSON tree the JSON formats use, with SnakeYAML composing nodes only (no object
 * construction, no custom tags) under bounded {@link LoaderOptions}: few aliases, bounded nesting and size, no
 * recursive keys, no duplicate keys. Aliases are expanded while converting, under a node budget, so that a
 * "billion laughs" alias bomb that fits the alias limit still cannot exhaust memory.
 */
public final class YamlInput {

	/** Alias references to collections accepted per file. */
	public static final int MAX_ALIASES = 50;
	/** Deepest nesting accepted. */
	public static final int MAX_NESTING = JsonInput.MAX_NESTING;
	/** Nodes the tree may have after alias expansion. */
	public static final int MAX_NODES = 2_000_000;

	private YamlInput() {
	}

	public static JsonNode parse(Path file, byte[] content) throws ImportException {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(MAX_ALIASES);
		options.setNestingDepthLimit(MAX_NESTING);
		options.setCodePointLimit((int) InputFiles.MAX_BYTES);
		options.setAllowDuplicateKeys(false);
		options.setAllowRecursiveKeys(false);
		options.setProcessComments(false);
		Yaml yaml = new Yaml(new SafeConstructor(options));
		Node root;
		String text = new String(content, StandardCharsets.UTF_8);
		try {
			checkNesting(file, yaml, text);
			root = yaml.compose(new StringReader(text));
		} catch (MarkedYAMLException e) {
			Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
			String message = "not valid YAML: " + oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
			throw mark != null ? ImportException.at(file, mark.getLine() + 1, mark.getColumn() + 1, message, e)
					: ImportException.ofFile(file, message, e);
		} catch (YAMLException e) {
			throw ImportException.ofFile(file, "refused YAML: " + oneLine(e.getMessage()), e);
		}
		if (root == null) {
			throw ImportException.at(file, "/", "no YAML document in the file");
		}
		return new Converter(file).convert(root, 0);
	}

	/**
	 * Walks the parser's events once before composing, so that too deep nesting is refused with the line and column
	 * where it goes too deep (the composer's own limit says neither).
	 */
	private static void checkNesting(Path file, Yaml yaml, String text) throws ImportException {
		int depth = 0;
		for (org.yaml.snakeyaml.events.Event event : yaml.parse(new StringReader(text))) {
			if (event instanceof org.yaml.snakeyaml.events.CollectionStartEvent) {
				if (++depth > MAX_NESTING) {
					Mark mark = event.getStartMark();
					throw ImportException.at(file, mark.getLine() + 1, mark.getColumn() + 1,
							"the YAML nests deeper than " + MAX_NESTING + " levels; refused", null);
				}
			} else if (event instanceof org.yaml.snakeyaml.events.CollectionEndEvent) {
				depth--;
			}
		}
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").strip();
	}

	private static final class Converter {
		private final Path file;
		private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
		private int nodes;

		Converter(Path file) {
			this.file = file;
		}

		JsonNode convert(Node node, int depth) throws ImportException {
			if (++nodes > MAX_NODES) {
				throw at(node, "the YAML expands (through aliases) to more than " + MAX_NODES + " nodes; refused");
			}
			if (depth > MAX_NESTING) {
				throw at(node, "the YAML nests deeper than " + MAX_NESTING + " levels; refused");
			}
			if (onPath.put(node, Boolean.TRUE) != null) {
				throw at(node, "the YAML contains itself through an alias; refused");
			}
			try {
				return switch (node) {
				case ScalarNode scalar -> scalar(scalar);
				case SequenceNode sequence -> {
					ArrayNode array = JsonNodeFactory.instance.arrayNode();
					for (Node item : sequence.getValue()) {
						array.add(convert(item, depth + 1));
					}
					yield array;
				}
				case MappingNode mapping -> {
					ObjectNode object = JsonNodeFactory.instance.objectNode();
					for (NodeTuple tuple : mapping.getValue()) {
						if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
							throw at(tuple.getKeyNode(), "a mapping key that is not a plain value; not supported");
						}
						object.set(key.getValue(), convert(tuple.getValueNode(), depth + 1));
					}
					yield object;
				}
				default -> throw at(node, "unsupported YAML node " + node.getNodeId());
				};
			} finally {
				onPath.remove(node);
			}
		}

		private static JsonNode scalar(ScalarNode scalar) {
			Tag tag = scalar.getTag();
			String value = scalar.getValue();
			if (Tag.NULL.equals(tag)) {
				return JsonNodeFactory.instance.nullNode();
			}
			if (Tag.BOOL.equals(tag)) {
				return JsonNodeFactory.instance.booleanNode(value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes")
						|| value.equalsIgnoreCase("on"));
			}
			if (Tag.INT.equals(tag)) {
				try {
					return JsonNodeFactory.instance.numberNode(Long.parseLong(value.replace("_", "")));
				} catch (NumberFormatException e) {
					return JsonNodeFactory.instance.textNode(value);
				}
			}
			if (Tag.FLOAT.equals(tag)) {
				try {
					return JsonNodeFactory.instance.numberNode(Double.parseDouble(value.replace("_", "")));
				} catch (NumberFormatException e) {
					return JsonNodeFactory.instance.textNode(value);
				}
			}
			return JsonNodeFactory.instance.textNode(value);
		}

		private ImportException at(Node node, String problem) {
			Mark mark = node.getStartMark();
			return mark == null ? ImportException.ofFile(file, problem, null)
					: ImportException.at(file, mark.getLine() + 1, mark.getColumn() + 1, problem, null);
		}
	}
}
