package org.threatwright.kb.history;

import java.time.Instant;
import java.util.Objects;

/**
 * A baseline to create: its name (unique per model; not {@value Baselines#WORKING}), an optional version label, who
 * creates it, and the model file it freezes: its name, its bytes (kept so the exact model can be loaded back) and
 * when it was last modified (may be null).
 */
public record NewBaseline(String name, String version, String author, String sourceFile, byte[] modelFile,
        Instant sourceModified) {

    public NewBaseline {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a baseline needs a name");
        }
        if (name.strip().equalsIgnoreCase(Baselines.WORKING)) {
            throw new IllegalArgumentException("'" + Baselines.WORKING + "' names the working model and cannot name a baseline");
        }
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a baseline needs an author");
        }
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(modelFile, "modelFile");
        name = name.strip();
    }
}
