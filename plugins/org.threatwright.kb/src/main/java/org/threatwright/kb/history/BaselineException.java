package org.threatwright.kb.history;

/** A baseline that cannot be created or found: the message names it and says why. */
public final class BaselineException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public BaselineException(String message) {
        super(message);
    }
}
