package org.threatwright.kb.history;

import java.util.List;

/**
 * A resource (model element, flow, finding, risk, requirement...) that was {@code added}, {@code removed} or
 * {@code changed} between two snapshots: its id ({@code dcterms:identifier}, else its IRI), class (local name),
 * readable name, the attributes that changed (for an added or removed resource: all of them) and what that means
 * for security, one line each.
 */
public record ResourceChange(String change, String id, String iri, String type, String name,
        List<AttributeChange> attributes, List<String> meaning) {

    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    public static final String CHANGED = "changed";

    public ResourceChange {
        attributes = List.copyOf(attributes);
        meaning = List.copyOf(meaning);
    }

    /** The change of one attribute, if it changed. */
    public java.util.Optional<AttributeChange> attribute(String localName) {
        return attributes.stream().filter(a -> a.attribute().equals(localName)).findFirst();
    }
}
