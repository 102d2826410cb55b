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
import org.imrworkstation.bench.HeapWatch;
import org.imrworkstation.bench.SyntheticLetters;
import org.imrworkstation.store.CorpusSort;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterQuery;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.LetterSummary;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.ReviewStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** bench-store: import speed (reading + extraction + storing), filtered list speed, size per letter. */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = {"Measure import speed, corpus listing time and database size per letter.",
                "",
                "Writes generated letters to a temporary folder, imports them into a new database,",
                "reviews some of them as three clerks would (status, annotator, a rejected item),",
                "then times filtered and sorted pages of 100 letters (median) and reports bytes per letter."})
public final class BenchStoreCommand implements Callable<Integer> {

    @Option(names = "--letters", description = "letters to import (default: ${DEFAULT-VALUE})")
    int letters = 100_000;

    @Option(names = "--threads", description = "reading/extraction threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--runs", description = "repetitions of each list query (default: ${DEFAULT-VALUE})")
    int runs = 21;

    @Option(names = "--keep", description = "keep the generated files and the database")
    boolean keep;

    @Option(names = "--reviewed", description = "letters reviewed after the import, spread over the corpus"
            + " (default: ${DEFAULT-VALUE})")
    int reviewed = 2_000;

    @Option(names = "--existing", paramLabel = "PATH", description = "no import: time the list queries on this"
            + " database (one made with --keep, say); nothing is written to it but a newer schema")
    Path existing;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        HeapWatch heap = HeapWatch.start();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (existing != null) {
            try (Database db = Database.open(existing)) {
                LetterStore store = new LetterStore(db);
                letters = (int) store.status().letters();
                out.printf(Locale.ROOT, "bench-store: the lists of %s (%d letters)%n", existing, letters);
                listTimes(store, out);
                sortTimes(store, out);
            }
            return 0;
        }
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
                review(db, out);
                listTimes(new LetterStore(db), out);
                sortTimes(new LetterStore(db), out);
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
            out.println(heap.report());
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

    /**
     * Some review work through the review service (so the list's sort columns see it): every n-th
     * letter gets an annotator (ann, bob, cy in turn) and a status, and every fourth of them has its
     * first item rejected. Unreviewed letters keep no annotator and no last change (NULL).
     */
    private void review(Database db, PrintWriter out) {
        if (reviewed <= 0) {
            return;
        }
        LetterStore store = new LetterStore(db);
        List<Long> ids = new ArrayList<>();
        long after = 0;
        for (List<LetterSummary> page; !(page = store.list(LetterQuery.ALL, after, 5_000)).isEmpty(); ) {
            page.forEach(p -> ids.add(p.id()));
            after = page.get(page.size() - 1).id();
        }
        int step = Math.max(1, ids.size() / reviewed);
        ReviewStatus[] statuses = {ReviewStatus.VERIFIED, ReviewStatus.VERIFIED, ReviewStatus.IN_PROGRESS,
            ReviewStatus.FLAGGED};
        String[] clerks = {"ann", "bob", "cy"};
        long t = System.nanoTime();
        int n = 0;
        for (int i = 0; i < ids.size() && n < reviewed; i += step, n++) {
            ReviewService clerk = new ReviewService(db, clerks[n % clerks.length]);
            long id = ids.get(i);
            if (n % 4 == 0) {
                store.load(id).flatMap(l -> l.items().stream().findFirst()).ifPresent(it -> clerk.rejectItem(it.id()));
            }
            clerk.setReview(id, statuses[n % statuses.length], null, 60);
        }
        out.printf(Locale.ROOT, "reviewed %d letters (ann, bob, cy) in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
        out.flush();
    }

    /**
     * Sorted pages of 100 (decision 0010), ascending and descending by every sortable column: the
     * first page, and a page deep in the list (after the middle letter's row, wherever it sorts).
     */
    private void sortTimes(LetterStore store, PrintWriter out) {
        long middle = letters / 2L;
        LetterSummary deep = store.list(LetterQuery.ALL, middle - 1, 1).stream().findFirst().orElse(null);
        for (CorpusSort by : CorpusSort.values()) {
            for (boolean desc : new boolean[] {false, true}) {
                LetterQuery q = LetterQuery.ALL.sortedBy(by, desc);
                String name = "by " + by.name().toLowerCase(Locale.ROOT) + (desc ? " desc" : "");
                time(out, name + ", first page", () -> store.list(q, (LetterSummary) null, 100));
                time(out, name + ", deep page", () -> store.list(q, deep, 100));
            }
        }
        Map<String, Long> drugs = store.drugs();
        String common = drugs.keySet().stream().findFirst().orElse("baclofen");
        String rare = drugs.keySet().stream().reduce((a, b) -> b).orElse(common);
        time(out, "unreviewed, by file", () -> store.list(LetterQuery.ALL.withStatus(ReviewStatus.UNREVIEWED)
                .sortedBy(CorpusSort.FILE, false), (LetterSummary) null, 100));
        time(out, "verified, by last change desc", () -> store.list(LetterQuery.ALL.withStatus(ReviewStatus.VERIFIED)
                .sortedBy(CorpusSort.LAST_CHANGE, true), (LetterSummary) null, 100));
        time(out, "annotator bob, by file", () -> store.list(LetterQuery.ALL.withAnnotator("bob")
                .sortedBy(CorpusSort.FILE, false), (LetterSummary) null, 100));
        time(out, "drug " + common + ", by items desc", () -> store.list(LetterQuery.ALL.withDrug(common)
                .sortedBy(CorpusSort.ITEMS, true), (LetterSummary) null, 100));
        time(out, "drug " + common + ", by items desc, deep", () -> store.list(LetterQuery.ALL.withDrug(common)
                .sortedBy(CorpusSort.ITEMS, true), deep, 100));
        time(out, "drug " + rare + ", by risk desc", () -> store.list(LetterQuery.ALL.withDrug(rare)
                .sortedBy(CorpusSort.RISK, true), (LetterSummary) null, 100));
        time(out, "decision PARTIAL, by annotator", () -> store.list(LetterQuery.ALL.withDecision("PARTIAL")
                .sortedBy(CorpusSort.ANNOTATOR, false), (LetterSummary) null, 100));
        time(out, "drug " + common + " + unreviewed + UPHELD, by file desc", () -> store.list(LetterQuery.ALL
                .withDrug(common).withStatus(ReviewStatus.UNREVIEWED).withDecision("UPHELD")
                .sortedBy(CorpusSort.FILE, true), (LetterSummary) null, 100));
        time(out, "text \"lumbar\", by status", () -> store.list(LetterQuery.ALL.withText("lumbar")
                .sortedBy(CorpusSort.STATUS, false), (LetterSummary) null, 100));
        time(out, "annotator nobody, by file (no match)", () -> store.list(LetterQuery.ALL.withAnnotator("nobody")
                .sortedBy(CorpusSort.FILE, false), (LetterSummary) null, 100));
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
