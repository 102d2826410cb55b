package org.imrworkstation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HeapWatchTest {

    @Test
    void seesALiveSetAndNeverReportsMoreThanTheHeapCanHold() throws Exception {
        long max = Runtime.getRuntime().maxMemory();
        try (HeapWatch watch = HeapWatch.start()) {
            byte[][] kept = new byte[32][];
            for (int i = 0; i < kept.length; i++) {
                kept[i] = new byte[1 << 20]; // 32 MB live
            }
            for (int i = 0; i < 200; i++) {
                byte[] garbage = new byte[1 << 20];
                garbage[i] = 1;
            }
            System.gc();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (watch.collections() == 0 && System.nanoTime() < until) {
                Thread.sleep(20); // the notifications come on a JMX thread
            }
            assertThat(watch.collections()).isPositive();
            assertThat(watch.peakLiveBytes()).isGreaterThanOrEqualTo(32L << 20);
            assertThat(watch.peakUsedBytes()).isGreaterThanOrEqualTo(watch.peakLiveBytes()).isLessThanOrEqualTo(max);
            assertThat(watch.report()).startsWith("peak heap used: ").contains("max heap " + (max >> 20) + " MB");
            assertThat(kept[31]).hasSize(1 << 20);
        }
    }
}
