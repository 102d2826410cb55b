package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.imrworkstation.bench.ExtractionBenchmark;
import org.imrworkstation.bench.SyntheticLetters;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterQuery;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.ReviewStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** bench-store: import speed (reading + extraction + storing), filtered list speed, size per letter. */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = {"Measure import speed, corpus listing time and database size per letter.",
                "",
                "Writes generated letters to a temporary folder, imports them into a new database,",
                "then times filtered pages of 100 letters (median) and reports bytes per letter."})
public final class BenchStoreCommand implements Callable<Integer> {

    @Option(names = "--letters", description = "letters to import (default: ${DEFAULT-VALUE})")
    int letters = 100_000;

    @Option(names = "--threads", description = "reading/extraction threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--runs", description = "repetitions of each list query (default: ${DEFAULT-VALUE})")
    int runs = 21;

    @Option(names = "--keep", description = "keep the generated files and the database")
    boolean keep;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path tmp = Files.createTempDirectory("imr-bench-store");
        try {
            Path letterDir = Files.createDirectories(tmp.resolve("letters"));
            out.printf(Locale.ROOT, "bench-store: %d letters, %d threads, folder %s%n", letters, threads, tmp);
            out.flush();
            List<Path> files = new ExtractionBenchmark(SyntheticLetters.fromSamples(), out)
                    .writeTextFiles(letterDir, letters);
            Database db = Database.open(tmp.resolve("db").resolve("imr"));
            try {
                ImportProgress progress = new ImportProgress(err, files.size(), System.console() != null, 10);
                // CPU time, not wall time, says what the writing costs on a machine shared with others:
                // this thread is the one that writes H2 (the extraction threads only hand it letters)
                ThreadMXBean threadsMx = ManagementFactory.getThreadMXBean();
                long writerCpu = threadsMx.getCurrentThreadCpuTime();
                long processCpu = processCpuNanos();
                LetterImport.Summary s = new LetterImport(db, threads, 200, 50L << 20).run(files, err, progress,
                        false);
                writerCpu = threadsMx.getCurrentThreadCpuTime() - writerCpu;
                processCpu = processCpuNanos() - processCpu;
                out.printf(Locale.ROOT, "import (read + extract + store): %d imported, %d duplicates in %.1f s:"
                        + " %.0f letters/s%n", s.imported(), s.duplicates(), s.seconds(), files.size() / s.seconds());
                out.printf(Locale.ROOT, "import CPU per letter: %.0f us on the writer thread, %.0f us in all"
                        + " (extraction, checks, H2's background threads, GC, JIT)%n", writerCpu / 1e3 / files.size(),
                        processCpu / 1e3 / files.size());
                listTimes(new LetterStore(db), out);
            } finally {
                db.close();
            }
            Path file = tmp.resolve("db").resolve("imr.mv.db");
            long bytes = Files.size(file);
            out.printf(Locale.ROOT, "database after import: %.1f MB, %.1f KB per letter%n", bytes / 1048576.0,
                    bytes / 1024.0 / letters);
            Database.open(tmp.resolve("db").resolve("imr")).compactAndClose();
            bytes = Files.size(file);
            out.printf(Locale.ROOT, "database compacted: %.1f MB, %.1f KB per letter%n", bytes / 1048576.0,
                    bytes / 1024.0 / letters);
            out.printf(Locale.ROOT, "peak heap used: %.0f MB (max heap %d MB)%n", ExtractionBenchmark.peakHeapMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            if (!keep) {
                try (Stream<Path> s = Files.walk(tmp)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private void listTimes(LetterStore store, PrintWriter out) {
        Map<String, Long> drugs = store.drugs();
        String common = drugs.keySet().stream().findFirst().orElse("baclofen");
        String rare = drugs.keySet().stream().reduce((a, b) -> b).orElse(common);
        long middle = letters / 2L;
        time(out, "first page, unreviewed", () -> store.list(LetterQuery.ALL.withStatus(ReviewStatus.UNREVIEWED), 0,
                100));
        time(out, "page in the middle", () -> store.list(LetterQuery.ALL, middle, 100));
        time(out, "decision PARTIAL", () -> store.list(LetterQuery.ALL.withDecision("PARTIAL"), 0, 100));
        time(out, "drug " + common + " (" + drugs.get(common) + " letters)",
                () -> store.list(LetterQuery.ALL.withDrug(common), 0, 100));
        time(out, "drug " + rare + " (" + drugs.get(rare) + " letters)",
                () -> store.list(LetterQuery.ALL.withDrug(rare), 0, 100));
        time(out, "drug " + common + " + unreviewed + UPHELD", () -> store.list(LetterQuery.ALL.withDrug(common)
                .withStatus(ReviewStatus.UNREVIEWED).withDecision("UPHELD"), 0, 100));
        time(out, "annotator nobody (no match: full index probe)",
                () -> store.list(LetterQuery.ALL.withAnnotator("nobody"), 0, 100));
        time(out, "text \"lumbar\"", () -> store.list(LetterQuery.ALL.withText("lumbar"), 0, 100));
        time(out, "load one letter with annotations", () -> store.load(middle).map(List::of).orElse(List.of()));
    }

    private void time(PrintWriter out, String what, Supplier<List<?>> query) {
        List<Double> ms = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            found = query.get().size();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        out.printf(Locale.ROOT, "list %-45s %3d rows, median %7.2f ms (max %.2f)%n", what, found,
                ms.get(ms.size() / 2), ms.get(ms.size() - 1));
        out.flush();
    }

}
