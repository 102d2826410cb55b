package org.imrworkstation.review;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every database access of the window, in submission order, on one store thread: a letter is read
 * after the writes before it (read-your-writes without locks), and writes land in the order the
 * clerk made them. A write that fails stops the queue with it and everything after it kept, so that
 * nothing is lost or applied out of order; {@link #retry()} goes on from there.
 */
public final class StoreQueue {

    /** What the status bar shows. Called on the UI executor. */
    public interface Listener {
        void pending(int writes);

        void saved(String label, long nanos);

        void failed(String label, String message);
    }

    private record Job(String label, boolean write, Consumer<Stores> work, long submitted) {
    }

    private final Stores stores;
    private final Executor worker;
    private final Executor ui;
    private final Deque<Job> jobs = new ArrayDeque<>();
    private Listener listener = new Listener() {
        public void pending(int writes) { }

        public void saved(String label, long nanos) { }

        public void failed(String label, String message) { }
    };
    private boolean stopped;
    private boolean running;
    private int writes;

    /** {@code worker}: one thread (or the caller's, in tests); {@code ui}: where results and news are delivered. */
    public StoreQueue(Stores stores, Executor worker, Executor ui) {
        this.stores = stores;
        this.worker = worker;
        this.ui = ui;
    }

    public void listener(Listener l) {
        this.listener = l;
    }

    public Stores stores() {
        return stores;
    }

    /** A change to record; the queue stops at it if it fails. */
    public void write(String label, Consumer<Stores> work) {
        submit(new Job(label, true, work, System.nanoTime()));
    }

    /** A read whose result {@code then} gets on the UI executor; {@code failed} gets a failure's message. */
    public <T> void read(Function<Stores, T> query, Consumer<T> then, Consumer<String> failed) {
        submit(new Job("read", false, s -> {
            T result;
            try {
                result = query.apply(s);
            } catch (RuntimeException e) {
                ui.execute(() -> failed.accept(Messages.of(e)));
                return;
            }
            ui.execute(() -> then.accept(result));
        }, System.nanoTime()));
    }

    /** Goes on after a failed write, starting with that write. */
    public void retry() {
        synchronized (this) {
            if (!stopped) {
                return;
            }
            stopped = false;
        }
        kick();
    }

    public synchronized boolean stopped() {
        return stopped;
    }

    /** Waits until every job so far has run (or the queue stopped at a failure): closing, tests, benchmarks. */
    public boolean awaitIdle(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        synchronized (this) {
            while ((running || !jobs.isEmpty()) && !stopped) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                wait(left);
            }
            return !stopped;
        }
    }

    private void submit(Job job) {
        int pending;
        synchronized (this) {
            jobs.add(job);
            if (job.write()) {
                writes++;
            }
            pending = writes;
        }
        if (job.write()) {
            ui.execute(() -> listener.pending(pending));
        }
        kick();
    }

    private void kick() {
        synchronized (this) {
            if (running || stopped || jobs.isEmpty()) {
                return;
            }
            running = true;
        }
        worker.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Job job;
            synchronized (this) {
                job = jobs.peek();
                if (job == null || stopped) {
                    running = false;
                    notifyAll();
                    return;
                }
            }
            try {
                job.work().accept(stores);
            } catch (RuntimeException e) {
                if (job.write()) {
                    String msg = Messages.of(e);
                    synchronized (this) {
                        stopped = true;
                        running = false;
                        notifyAll();
                    }
                    ui.execute(() -> listener.failed(job.label(), msg));
                    return;
                }
            }
            long nanos = System.nanoTime() - job.submitted();
            int pending;
            synchronized (this) {
                jobs.poll();
                if (job.write()) {
                    writes--;
                }
                pending = writes;
                notifyAll();
            }
            if (job.write()) {
                ui.execute(() -> {
                    listener.saved(job.label(), nanos);
                    listener.pending(pending);
                });
            }
        }
    }
}
