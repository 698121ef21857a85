package org.threatwright.kb.compliance;

/**
 * One thing that breaks a check: the element (or analysis record) it is about and what is wrong, in words.
 *
 * @param focusIri the IRI of the node the shape found wanting
 * @param elementId its {@code dcterms:identifier} (the model element's UUID, a finding id), or null
 * @param name its {@code dcterms:title}, or null
 * @param message the shape's message, naming the element
 */
public record Violation(String focusIri, String elementId, String name, String message) {
}
