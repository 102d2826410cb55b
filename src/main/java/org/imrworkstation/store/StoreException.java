package org.imrworkstation.store;

/** A database problem, with a one-line message fit for the command line. */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
