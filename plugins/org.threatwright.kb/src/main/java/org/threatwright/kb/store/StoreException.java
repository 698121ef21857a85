package org.threatwright.kb.store;

/** A failure of the store: unreachable server, refused credentials, corrupt database, bad query. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
