package org.imrworkstation.letter;

/**
 * A file could not be read as a letter. The message is one line, starts in lower case and says
 * what is wrong ("no such file", "empty file", "PDF needs a password", ...), so a caller can print
 * {@code file + ": " + e.getMessage()}.
 */
public final class LetterReadException extends Exception {

    private static final long serialVersionUID = 1L;

    public LetterReadException(String message) {
        super(message);
    }

    public LetterReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
