package org.imrworkstation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The write queue: in order, off the caller's thread, stopping at a failure and going on after retry. */
class StoreQueueTest {

    static final class Recorder implements StoreQueue.Listener {
        final List<String> events = new ArrayList<>();

        public synchronized void pending(int writes) {
        }

        public synchronized void saved(String label, long nanos) {
            events.add("saved " + label);
        }

        public synchronized void failed(String label, String message) {
            events.add("failed " + label + ": " + message);
        }
    }

    @Test
    void writesRunInOrderOnTheStoreThread() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            StoreQueue q = new StoreQueue(new Stores(null, null), worker, Runnable::run);
            List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread caller = Thread.currentThread();
            for (int i = 0; i < 50; i++) {
                int n = i;
                q.write("w" + n, s -> {
                    assertThat(Thread.currentThread()).isNotSameAs(caller);
                    ran.add("w" + n);
                });
            }
            List<Object> read = new ArrayList<>();
            q.read(s -> ran.size(), read::add, msg -> { });
            assertThat(q.awaitIdle(5000)).isTrue();
            assertThat(ran).hasSize(50).startsWith("w0", "w1").endsWith("w49");
            assertThat(read).containsExactly(50);
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void aFailedWriteStopsTheQueueAndKeepsItForRetry() throws Exception {
        StoreQueue q = new StoreQueue(new Stores(null, null), Runnable::run, Runnable::run);
        Recorder r = new Recorder();
        q.listener(r);
        List<String> ran = new ArrayList<>();
        boolean[] diskFull = {true};
        q.write("a", s -> ran.add("a"));
        q.write("b", s -> {
            if (diskFull[0]) {
                throw new IllegalStateException("disk full");
            }
            ran.add("b");
        });
        q.write("c", s -> ran.add("c"));
        assertThat(ran).containsExactly("a");
        assertThat(q.stopped()).isTrue();
        assertThat(r.events).containsExactly("saved a", "failed b: disk full");

        q.retry(); // still failing: stays stopped, nothing lost
        assertThat(ran).containsExactly("a");
        diskFull[0] = false;
        q.retry();
        assertThat(ran).containsExactly("a", "b", "c");
        assertThat(q.stopped()).isFalse();
        assertThat(r.events).endsWith("saved b", "saved c");
    }

    @Test
    void aFailedReadIsReportedAndDoesNotStopTheQueue() {
        StoreQueue q = new StoreQueue(new Stores(null, null), Runnable::run, Runnable::run);
        List<String> got = new ArrayList<>();
        q.read(s -> {
            throw new IllegalStateException("letter 7 is gone");
        }, v -> got.add("value"), got::add);
        q.write("after", s -> got.add("wrote"));
        assertThat(got).containsExactly("letter 7 is gone", "wrote");
        assertThat(Messages.of(new RuntimeException(new IllegalStateException("  two\n lines ")))).isEqualTo("two lines");
    }
}
