package org.threatwright.kb.audit;

/** A write to the audit log or to an existing baseline, which the knowledge base never modifies. */
public final class ProtectedGraphException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ProtectedGraphException(String message) {
        super(message);
    }
}
