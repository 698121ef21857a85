package org.threatwright.kb.compliance;

/**
 * One thing that satisfies a check, e.g. a third-party component with its assessor.
 *
 * @param itemIri the IRI of the item
 * @param elementId its {@code dcterms:identifier}, or null
 * @param name its {@code dcterms:title}, or null
 * @param detail what about it satisfies the check ("assessed by Elena Marsh"), or null
 */
public record Evidence(String itemIri, String elementId, String name, String detail) {

    /** Name and detail in one line: {@code Mbed TLS (assessed by Elena Marsh)}. */
    public String describe() {
        String who = name != null ? name : elementId != null ? elementId : itemIri;
        return detail == null || detail.isEmpty() ? who : who + " (" + detail + ")";
    }
}
