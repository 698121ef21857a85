package org.threatwright.kb.history;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.threatwright.kb.store.Statement;

/**
 * The state of a model's knowledge at one point: a baseline, or the working model (the model file, analysed now,
 * with the working graphs of the store). Parts without statements are empty lists.
 */
public record Snapshot(String modelId, String label, Map<HistoryPart, List<Statement>> parts) implements SnapshotView {

    public Snapshot {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(label, "label");
        Map<HistoryPart, List<Statement>> copy = new EnumMap<>(HistoryPart.class);
        for (HistoryPart part : HistoryPart.values()) {
            copy.put(part, List.copyOf(parts.getOrDefault(part, List.of())));
        }
        parts = java.util.Collections.unmodifiableMap(copy);
    }

    @Override
    public PartSource source(HistoryPart part) {
        return new MemoryPart(part(part), part);
    }

    /** The statements of one part. */
    public List<Statement> part(HistoryPart part) {
        return parts.get(part);
    }
}
