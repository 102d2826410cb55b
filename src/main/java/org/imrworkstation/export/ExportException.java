package org.imrworkstation.export;

/** Input or output an export, import or gold command cannot use; the message is one line naming the file. */
public class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
