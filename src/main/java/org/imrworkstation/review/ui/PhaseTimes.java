package org.imrworkstation.review.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of the FX thread per step of showing a letter, for bench-ui. Thread CPU time rather than
 * the wall clock, because on a shared machine the wall clock measures the neighbours' load more than
 * our work. Off (the default) it costs one boolean test per step.
 */
final class PhaseTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, List<Double>> ms = new LinkedHashMap<>();
    private boolean on;
    private long last;

    void enable(boolean enabled) {
        on = enabled && THREADS.isCurrentThreadCpuTimeSupported();
    }

    /** Starts timing a sequence of steps on this thread. */
    void start() {
        if (on) {
            last = THREADS.getCurrentThreadCpuTime();
        }
    }

    /** The step just finished: its CPU time since the previous mark. */
    void mark(String step) {
        if (on) {
            long now = THREADS.getCurrentThreadCpuTime();
            ms.computeIfAbsent(step, k -> new ArrayList<>()).add((now - last) / 1e6);
            last = now;
        }
    }

    void clear() {
        ms.clear();
    }

    Map<String, List<Double>> samples() {
        return ms;
    }
}
