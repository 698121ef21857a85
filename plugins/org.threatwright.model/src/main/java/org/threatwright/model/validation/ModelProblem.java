package org.threatwright.model.validation;

import java.util.Objects;

/**
 * One problem found in a model.
 *
 * @param severity  error or warning
 * @param code      a stable, kebab-case identifier of the kind of problem (e.g. {@code dangling-reference})
 * @param elementId the id of the model element the problem is about, or null for the model as a whole
 * @param element   a human-readable description of that element (kind, name, id, owner)
 * @param message   what is wrong, and where it helps, what to do about it
 */
public record ModelProblem(Severity severity, String code, String elementId, String element, String message) {

	public ModelProblem {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
	}

	@Override
	public String toString() {
		return severity.label() + " [" + code + "] " + (element == null ? "" : element + ": ") + message;
	}
}
