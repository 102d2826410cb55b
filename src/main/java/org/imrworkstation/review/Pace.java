package org.imrworkstation.review;

import java.util.function.LongSupplier;

/** Letters per hour in this session: verified letters over the time since the first was opened. */
public final class Pace {

    private final LongSupplier clock;
    private long started = -1;
    private int verified;

    public Pace(LongSupplier millisClock) {
        this.clock = millisClock;
    }

    public void letterOpened() {
        if (started < 0) {
            started = clock.getAsLong();
        }
    }

    public void verified() {
        verified++;
    }

    public int verifiedCount() {
        return verified;
    }

    /** Null until a minute has passed (a rate over seconds says nothing). */
    public Double perHour() {
        if (started < 0) {
            return null;
        }
        long ms = clock.getAsLong() - started;
        return ms < 60_000 ? null : verified * 3_600_000.0 / ms;
    }
}
