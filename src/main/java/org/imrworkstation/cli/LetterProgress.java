package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.imrworkstation.export.ExportProgress;

/**
 * Progress of a long export, import or freeze on stderr, as ImportProgress does for imports:
 * rewritten in place every second on a terminal, a line every {@code everySeconds} otherwise.
 */
final class LetterProgress implements ExportProgress {

    private final PrintWriter err;
    private final String what;
    private final long total;
    private final boolean terminal;
    private final long everyNanos;
    private final long started = System.nanoTime();
    private long lastShown = started;
    private boolean shownInPlace;

    LetterProgress(PrintWriter err, String what, long total, double everySeconds) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.terminal = System.console() != null;
        this.everyNanos = (long) ((terminal ? 1.0 : everySeconds) * 1e9);
    }

    @Override
    public void letters(long done) {
        long now = System.nanoTime();
        if (now - lastShown < everyNanos || done >= total) {
            return;
        }
        lastShown = now;
        double secs = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / secs;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        String line = total == Long.MAX_VALUE
                ? String.format(Locale.ROOT, "%s: %d letters, %.0f letters/s", what, done, rate)
                : String.format(Locale.ROOT, "%s: %d of %d letters, %.0f letters/s, ETA %d:%02d:%02d", what,
                done, total, rate, eta / 3600, eta / 60 % 60, eta % 60);
        if (terminal) {
            err.print("\r" + line);
            shownInPlace = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    void finish() {
        if (shownInPlace) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
