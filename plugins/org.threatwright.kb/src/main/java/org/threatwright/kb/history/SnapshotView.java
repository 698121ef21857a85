package org.threatwright.kb.history;

/** A snapshot as the diff and the impact read it: the working model in memory, or a baseline in the store. */
public interface SnapshotView {

    String modelId();

    /** A baseline name, or {@value Baselines#WORKING}. */
    String label();

    /** One part. */
    PartSource source(HistoryPart part);
}
