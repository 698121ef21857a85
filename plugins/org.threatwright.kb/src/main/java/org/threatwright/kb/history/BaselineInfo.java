package org.threatwright.kb.history;

import java.time.Instant;
import java.util.Map;

/**
 * What a baseline's manifest says about it: name, version label, who created it and when, the model file it was
 * taken from (name, SHA-256 of its bytes, last modified) and how many statements each part holds.
 */
public record BaselineInfo(String modelId, String name, String version, String author, Instant createdAt,
        String sourceFile, String sourceSha256, Instant sourceModified, Map<HistoryPart, Long> parts) {

    public BaselineInfo {
        parts = Map.copyOf(parts);
    }
}
