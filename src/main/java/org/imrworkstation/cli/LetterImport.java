package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.letter.LetterReader;
import org.imrworkstation.letter.ReadOptions;
import org.imrworkstation.store.Assessment;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.ExtractedLetter;
import org.imrworkstation.store.LetterImporter;

/** Reads and extracts files on several threads and stores them in input order, in batches. */
final class LetterImport {

    /** What an import did. */
    record Summary(long imported, long duplicates, long failed, List<String> failures, double seconds) {
    }

    /** Failure lines kept for the summary; the rest are only on stderr as they happen. */
    static final int FAILURES_KEPT = 50;

    private final Database db;
    private final int threads;
    private final int batchSize;
    private final long maxSize;

    LetterImport(Database db, int threads, int batchSize, long maxSize) {
        this.db = db;
        this.threads = Math.max(1, threads);
        this.batchSize = batchSize;
        this.maxSize = maxSize;
    }

    /** Imports the files; each failure is one "file: reason" line on {@code err} as it happens. */
    Summary run(List<Path> files, PrintWriter err, ImportProgress progress, boolean debug) {
        long[] counts = new long[3];
        List<String> failures = new java.util.ArrayList<>();
        BatchExtraction batch = new BatchExtraction(new LetterReader(new ReadOptions(maxSize)), new Extractor(),
                threads, Assessment::of);
        try (LetterImporter importer = new LetterImporter(db, batchSize)) {
            Consumer<BatchExtraction.Result> sink = r -> {
                store(importer, r, counts, failures, err, debug);
                progress.update(counts[0] + counts[1] + counts[2]);
            };
            batch.run(files, sink);
        } finally {
            progress.finish();
        }
        return new Summary(counts[0], counts[1], counts[2], failures, progress.seconds());
    }

    private static void store(LetterImporter importer, BatchExtraction.Result r, long[] counts,
                              List<String> failures, PrintWriter err, boolean debug) {
        String name = r.file().getFileName() == null ? r.file().toString() : r.file().getFileName().toString();
        String source = r.file().toAbsolutePath().normalize().toString();
        if (r.error() != null) {
            err.println(r.file() + ": " + r.error());
            if (failures.size() < FAILURES_KEPT) {
                failures.add(r.file() + ": " + r.error());
            }
            if (debug && r.cause() != null) {
                r.cause().printStackTrace(err);
            }
            importer.failed(name, source, r.error());
            counts[2]++;
            return;
        }
        for (String w : r.warnings()) {
            err.println(r.file() + ": warning: " + w);
        }
        var outcome = importer.add(new ExtractedLetter(name, source, r.sha256(), r.text(), r.record(),
                Extractor.VERSION, (Assessment) r.extra()));
        counts[outcome == LetterImporter.Outcome.DUPLICATE ? 1 : 0]++;
    }
}
