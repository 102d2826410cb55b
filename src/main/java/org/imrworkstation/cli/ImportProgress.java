package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long import on stderr: rewritten in place every second on a terminal, a plain
 * line every {@code everySeconds} otherwise (logs stay readable).
 */
final class ImportProgress {

    private final PrintWriter err;
    private final long total;
    private final boolean terminal;
    private final long everyNanos;
    private final long started = System.nanoTime();
    private long lastShown = started;
    private boolean shownInPlace;

    ImportProgress(PrintWriter err, long total, boolean terminal, double everySeconds) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
        this.everyNanos = (long) ((terminal ? 1.0 : everySeconds) * 1e9);
    }

    void update(long done) {
        long now = System.nanoTime();
        if (now - lastShown < everyNanos || done >= total) {
            return;
        }
        lastShown = now;
        String line = line(done, now);
        if (terminal) {
            err.print("\r" + line);
            shownInPlace = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    String line(long done, long now) {
        double secs = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / secs;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        return String.format(Locale.ROOT, "%d of %d files, %.0f letters/s, ETA %d:%02d:%02d", done, total, rate,
                eta / 3600, eta / 60 % 60, eta % 60);
    }

    void finish() {
        if (shownInPlace) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
