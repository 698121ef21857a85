package org.threatwright.kb.store.internal;

import java.util.Objects;

import org.threatwright.kb.store.RdfFormat;

/** The rule for where {@code load} puts data: triple formats into one graph, quad formats into the dataset. */
final class LoadTargets {

    private LoadTargets() {
    }

    /** Checks the combination; true when the input goes into the whole dataset (a quad format). */
    static boolean check(String graphIri, RdfFormat format) {
        Objects.requireNonNull(format, "format");
        if (format.carriesGraphs() && graphIri != null) {
            throw new IllegalArgumentException(format + " names its own graphs: load it with no graph IRI, not into "
                    + graphIri);
        }
        return format.carriesGraphs();
    }
}
