package org.threatwright.kb.store.internal;

import org.threatwright.kb.store.RdfSyntaxException;

/**
 * Remembers a failed load in a write transaction. The store then aborts the transaction even if the work caught
 * the exception and returned normally, because part of the malformed input may already be in it.
 */
final class LoadFailure {

    private RdfSyntaxException failure;

    void record(RdfSyntaxException e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** Throws the recorded failure, if any; the store calls this before committing. */
    void throwIfFailed() {
        if (failure != null) {
            throw failure;
        }
    }
}
