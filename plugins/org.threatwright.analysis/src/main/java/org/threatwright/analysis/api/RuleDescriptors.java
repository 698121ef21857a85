package org.threatwright.analysis.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads rule descriptors: for a rule with id {@code X} of class {@code C}, the resource {@code X.json} in
 * C's package. Unknown or missing fields are errors that name the resource.
 */
public final class RuleDescriptors {

	private static final ObjectMapper MAPPER = new ObjectMapper()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

	/** The JSON form: field names as written in the files. */
	private record Json(@JsonProperty(required = true) String id, @JsonProperty(required = true) String title,
			@JsonProperty(required = true) String family, @JsonProperty(required = true) String stride,
			@JsonProperty(required = true) String severity, List<Integer> cwe, List<Integer> capec,
			@JsonProperty(required = true) String mitigation, List<String> references) {
	}

	private RuleDescriptors() {
	}

	/** Where the descriptor of {@code rule} lives, or null if there is none. */
	public static URL resourceOf(ThreatRule rule) {
		return rule.getClass().getResource(rule.id() + ".json");
	}

	/** The descriptor of {@code rule}; its id must equal the rule's. */
	public static RuleDescriptor of(ThreatRule rule) {
		URL resource = resourceOf(rule);
		String where = rule.getClass().getPackageName().replace('.', '/') + "/" + rule.id() + ".json";
		if (resource == null) {
			throw new IllegalStateException("rule " + rule.id() + " (" + rule.getClass().getName()
					+ ") has no descriptor " + where);
		}
		try (InputStream in = resource.openStream()) {
			Json json = MAPPER.readValue(in, Json.class);
			if (!rule.id().equals(json.id())) {
				throw new IllegalStateException(where + ": id '" + json.id() + "' differs from the rule's id");
			}
			return new RuleDescriptor(json.id(), json.title(), RuleFamily.ofLabel(json.family()),
					Stride.ofLabel(json.stride()), Severity.ofLabel(json.severity()), json.cwe(), json.capec(),
					json.mitigation(), json.references());
		} catch (IOException | IllegalArgumentException e) {
			throw new IllegalStateException(where + ": " + e.getMessage(), e);
		}
	}
}
