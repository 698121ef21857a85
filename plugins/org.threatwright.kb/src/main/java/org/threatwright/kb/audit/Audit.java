package org.threatwright.kb.audit;

import org.threatwright.kb.store.StoreWriter;

/** What code that writes the knowledge base tells the audit log about its change. */
public final class Audit {

    private Audit() {
    }

    /**
     * Describes the change the current write transaction makes ("triage set F", "baseline v1 created"); several notes
     * are joined. Does nothing when the store is not audited.
     */
    public static void note(StoreWriter writer, String what) {
        if (writer instanceof RecordingWriter recording) {
            recording.note(what);
        }
    }
}
