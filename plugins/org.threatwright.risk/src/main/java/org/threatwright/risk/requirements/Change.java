package org.threatwright.risk.requirements;

import java.time.Instant;
import java.util.Objects;

/**
 * Who makes a change and when: every write of a requirement, control or piece of evidence is attributed.
 *
 * @param by who (a person's name as they give it)
 * @param at when
 */
public record Change(String by, Instant at) {

    public Change {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("a change needs the name of who makes it");
        }
        Objects.requireNonNull(at, "at");
    }
}
