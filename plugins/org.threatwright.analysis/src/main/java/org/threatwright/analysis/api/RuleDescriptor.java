package org.threatwright.analysis.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is about, as data: kept in a JSON file named after the rule id next to the rule's class
 * ({@code rules/iot/iot-debug-port-exposed.json}) and read by {@link RuleDescriptors}. Plain text only: no
 * markup in titles, mitigations or references.
 *
 * @param id         stable rule id, lower-case kebab ({@code iot-debug-port-exposed}); finding ids start with it
 * @param title      one line naming the threat
 * @param family     the rule family
 * @param stride     the STRIDE category of the threat
 * @param severity   default severity of its findings
 * @param cwe        CWE ids (numbers only), possibly empty
 * @param capec      CAPEC ids (numbers only), possibly empty
 * @param mitigation what to do about it, in plain words
 * @param references where the threat or the requirement is described (standard clauses, papers)
 */
public record RuleDescriptor(String id, String title, RuleFamily family, Stride stride, Severity severity,
		List<Integer> cwe, List<Integer> capec, String mitigation, List<String> references) {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/][^>]*>|\\*\\*|`|\\[[^\\]]*\\]\\(");

	public RuleDescriptor {
		Objects.requireNonNull(id, "id");
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("rule id '" + id + "' is not lower-case kebab (e.g. iot-debug-port-exposed)");
		}
		requireText(id, "title", title);
		Objects.requireNonNull(family, id + ": family");
		Objects.requireNonNull(stride, id + ": stride");
		Objects.requireNonNull(severity, id + ": severity");
		requireText(id, "mitigation", mitigation);
		cwe = List.copyOf(cwe == null ? List.of() : cwe);
		capec = List.copyOf(capec == null ? List.of() : capec);
		references = List.copyOf(references == null ? List.of() : references);
		if (cwe.isEmpty() && capec.isEmpty()) {
			throw new IllegalArgumentException(id + ": a rule names at least one CWE or CAPEC id");
		}
		references.forEach(reference -> requireText(id, "reference", reference));
	}

	private static void requireText(String id, String field, String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(id + ": " + field + " is empty");
		}
		if (MARKUP.matcher(text).find()) {
			throw new IllegalArgumentException(id + ": " + field + " contains markup; rule text is plain: " + text);
		}
	}
}
