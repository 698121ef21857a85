package org.threatwright.kb.risk;

import java.time.Instant;
import java.util.Objects;

import org.threatwright.risk.method.RiskMethod;

/** The project's risk method as stored, with who set it and when. */
public record StoredMethod(RiskMethod method, String by, Instant at) {

    public StoredMethod {
        Objects.requireNonNull(method, "method");
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("setting a risk method needs who set it (--by)");
        }
        Objects.requireNonNull(at, "at");
    }
}
