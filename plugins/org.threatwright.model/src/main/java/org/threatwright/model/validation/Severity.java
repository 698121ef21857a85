package org.threatwright.model.validation;

/** How bad a model problem is: an error makes the model unusable for analysis; a warning does not. */
public enum Severity {
	ERROR, WARNING;

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
