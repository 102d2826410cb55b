package org.imrworkstation.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.imrworkstation.extract.Extraction;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.letter.Letter;
import org.imrworkstation.letter.LetterReadException;
import org.imrworkstation.letter.LetterReader;
import org.imrworkstation.record.LetterRecord;

/**
 * Reads and extracts letters on several threads and hands the results over in input order. At
 * most a few letters per thread are in flight, so memory stays flat however many files there are.
 */
public final class BatchExtraction {

    /** One file's outcome: a record (with the text it was made from) or a one-line error. */
    public record Result(Path file, LetterRecord record, String text, String sha256, List<String> warnings,
                         String error, Throwable cause, Object extra) {
    }

    private final LetterReader reader;
    private final Extractor extractor;
    private final int threads;

    private final java.util.function.BiFunction<LetterRecord, String, Object> extra;

    public BatchExtraction(LetterReader reader, Extractor extractor, int threads) {
        this(reader, extractor, threads, null);
    }

    /** {@code extra}: more work per letter on the extraction threads (its result is {@link Result#extra}). */
    public BatchExtraction(LetterReader reader, Extractor extractor, int threads,
                           java.util.function.BiFunction<LetterRecord, String, Object> extra) {
        this.reader = reader;
        this.extractor = extractor;
        this.threads = threads;
        this.extra = extra;
    }

    /** Processes every file, calling {@code sink} in input order; returns the number that failed. */
    public int run(List<Path> files, Consumer<Result> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        int failed = 0;
        try {
            Deque<Future<Result>> inFlight = new ArrayDeque<>();
            // room for the extraction threads to run on while the one consumer (the import's H2 writer)
            // commits a batch: at 4 a thread they stood idle for a quarter of a 100,000-letter import
            int window = threads * 32;
            int next = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < window) {
                    Path f = files.get(next++);
                    inFlight.add(pool.submit(() -> process(f)));
                }
                Result r = await(inFlight.removeFirst());
                if (r.error() != null) {
                    failed++;
                }
                sink.accept(r);
            }
        } finally {
            pool.shutdownNow();
        }
        return failed;
    }

    public Result process(Path file) {
        try {
            Letter letter = reader.read(file);
            Extraction x = extractor.analyse(letter.name(), letter.text(), false);
            List<String> warnings = new ArrayList<>(letter.warnings());
            warnings.addAll(x.warnings());
            Object more = extra == null ? null : extra.apply(x.record(), letter.text());
            return new Result(file, x.record(), letter.text(), letter.sha256(), warnings, null, null, more);
        } catch (LetterReadException e) {
            return new Result(file, null, null, null, List.of(), e.getMessage(), e, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(file, null, null, null, List.of(), "extraction failed: " + ImrCommand.oneLine(e), e, null);
        }
    }

    private static Result await(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
