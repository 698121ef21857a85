package org.threatwright.kb.history;

/** An archive that cannot be imported: the message names the archive, the entry and the problem. */
public final class ArchiveException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
