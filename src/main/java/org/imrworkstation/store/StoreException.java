package org.imrworkstation.store;

/** A database problem, with a one-line message fit for the command line. */
public final class StoreException extends RuntimeException {

    private final boolean wrongPassword;

    public StoreException(String message) {
        this(message, null);
    }

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StoreException(String message, Throwable cause, boolean wrongPassword) {
        super(message, cause);
        this.wrongPassword = wrongPassword;
    }

    static StoreException wrongPassword(String message, Throwable cause) {
        return new StoreException(message, cause, true);
    }

    /** The password did not open the file: worth asking again, unlike every other failure. */
    public boolean isWrongPassword() {
        return wrongPassword;
    }
}
