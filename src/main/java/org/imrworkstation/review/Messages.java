package org.imrworkstation.review;

/** A failure in words a clerk can read: one line, no class names or stack traces. */
public final class Messages {

    private Messages() {
    }

    public static String of(Throwable t) {
        Throwable e = t;
        // a wrapper's message is often just its cause's toString(): say what the cause says
        while (e.getCause() != null && (e.getMessage() == null || e.getMessage().isBlank()
                || e.getMessage().equals(e.getCause().toString()))) {
            e = e.getCause();
        }
        String msg = e.getMessage();
        if (msg == null || msg.isBlank()) {
            return "something went wrong (" + e.getClass().getSimpleName() + ")";
        }
        return msg.replaceAll("\\s+", " ").strip();
    }
}
