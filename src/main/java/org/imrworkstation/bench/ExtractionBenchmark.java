package org.imrworkstation.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.imrworkstation.cli.BatchExtraction;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.letter.LetterReader;
import org.imrworkstation.letter.ReadOptions;

/**
 * Measures extraction alone (letters already in memory) and reading plus extraction (files on
 * disk, .txt and optionally .pdf), on one thread and on all cores, and the peak heap used.
 */
public final class ExtractionBenchmark {

    private static final int POOL = 500;

    private final SyntheticLetters letters;
    private final Extractor extractor = new Extractor();
    private final PrintWriter out;

    public ExtractionBenchmark(SyntheticLetters letters, PrintWriter out) {
        this.letters = letters;
        this.out = out;
    }

    /** Extraction alone over {@code n} letters on {@code threads} threads; returns letters/s. */
    public double extractOnly(long n, int threads) throws Exception {
        List<String> pool = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < POOL; i++) {
            pool.add(letters.letter(i));
        }
        long[] poolBytes = pool.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).toArray();
        for (int i = 0; i < n; i++) {
            bytes += poolBytes[i % POOL];
        }
        AtomicLong next = new AtomicLong();
        AtomicLong spans = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        java.lang.management.ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
        ExecutorService exec = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(exec.submit(() -> {
                long cpu0 = threadsBean.getCurrentThreadCpuTime();
                long i;
                while ((i = next.getAndIncrement()) < n) {
                    spans.addAndGet(extractor.extract("bench.txt", pool.get((int) (i % POOL))).spans().size());
                }
                cpuNanos.addAndGet(threadsBean.getCurrentThreadCpuTime() - cpu0);
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        exec.shutdown();
        report("extraction only", threads, n, bytes, secs);
        out.printf(Locale.ROOT, "%-28s %2s         : %,9.0f letters per CPU-second (per core), %.0f us CPU a letter%n",
                "", "", n / (cpuNanos.get() / 1e9), cpuNanos.get() / 1e3 / n);
        out.flush();
        return n / secs;
    }

    /** Reading and extracting the files through the same batch path as `extract`. */
    public double readAndExtract(List<Path> files, int threads, String what) {
        LetterReader reader = new LetterReader(new ReadOptions(ReadOptions.defaults().maxBytes()));
        BatchExtraction batch = new BatchExtraction(reader, extractor, threads);
        long[] bytes = {0};
        long t0 = System.nanoTime();
        int failed = batch.run(files, r -> {
            if (r.text() != null) {
                bytes[0] += r.text().length();
            }
        });
        double secs = (System.nanoTime() - t0) / 1e9;
        report("read+extract " + what + (failed > 0 ? " (" + failed + " failed)" : ""), threads, files.size(),
                bytes[0], secs);
        return files.size() / secs;
    }

    public List<Path> writeTextFiles(Path dir, int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve(String.format(Locale.ROOT, "letter-%06d.txt", i));
            Files.writeString(f, letters.letter(i), StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    public List<Path> writePdfFiles(Path dir, int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve(String.format(Locale.ROOT, "letter-%06d.pdf", i));
            SyntheticPdf.write(letters.letter(i), f);
            files.add(f);
        }
        return files;
    }

    private void report(String what, int threads, long n, long bytes, double secs) {
        out.printf(Locale.ROOT, "%-28s %2d thread%s: %,9d letters in %7.2f s = %,9.0f letters/s, %6.1f MB/s%n",
                what, threads, threads == 1 ? " " : "s", n, secs, n / secs, bytes / secs / 1e6);
        out.flush();
    }
}
