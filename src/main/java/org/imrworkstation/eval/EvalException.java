package org.imrworkstation.eval;

/**
 * Input the scorers cannot use (a line that is not JSON, a missing seed text, a span without
 * offsets). The message is one line naming the file and what is wrong; the reference Python
 * scorers stop at the same inputs.
 */
public class EvalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EvalException(String message) {
        super(message);
    }

    public EvalException(String message, Throwable cause) {
        super(message, cause);
    }
}
