package org.imrworkstation.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.Review;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.StoreException;
import org.imrworkstation.store.StoredField;
import org.imrworkstation.store.StoredItem;
import org.imrworkstation.store.StoredLetter;
import org.imrworkstation.store.StoredSpan;

/**
 * Every stored letter that matches a filter, with its annotations, in id order, a chunk at a time:
 * a keyset walk of the primary key for the next {@link #CHUNK} ids, then one query each for those
 * letters (with the filter), their spans, items and fields (IN lists on the ids, so the letter
 * indexes are used and nothing is sorted but the chunk). Memory holds one chunk, whatever the corpus size;
 * LetterStore.load per letter would cost four round trips a letter instead.
 */
public final class LetterStream {

    static final int CHUNK = 500;

    private final Database db;
    private final ExportFilter filter;
    private final boolean withText;
    private final int chunk;

    public LetterStream(Database db, ExportFilter filter, boolean withText) {
        this(db, filter, withText, CHUNK);
    }

    /** With another chunk size: tests cross chunk boundaries with a handful of letters. */
    LetterStream(Database db, ExportFilter filter, boolean withText, int chunk) {
        this.db = db;
        this.filter = filter;
        this.withText = withText;
        this.chunk = chunk;
    }

    /** How many letters match (for progress). */
    public long count() {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM letter l JOIN review r"
                     + " ON r.letter_id = l.id WHERE l.import_status = 'OK'" + where())) {
            bindFilter(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("database " + db.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Calls {@code sink} with each matching letter, in id order. The next chunk is read on a
     * second thread while the caller handles this one (reading rows and writing files each take
     * about half the time); at most {@link #AHEAD} chunks wait, so memory stays bounded.
     */
    public void forEach(Consumer<StoredLetter> sink) {
        BlockingQueue<List<StoredLetter>> queue = new ArrayBlockingQueue<>(AHEAD);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            try {
                read(chunk -> {
                    while (!stop.get()) {
                        try {
                            if (queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                                return;
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }, stop);
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                putEnd(queue, stop);
            }
        }, "export-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                List<StoredLetter> chunk = queue.take();
                if (chunk == END) {
                    break;
                }
                chunk.forEach(sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("export interrupted");
        } finally {
            stop.set(true); // the sink failed or we are done: let the reader go
            queue.clear();
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static final int AHEAD = 2;
    private static final List<StoredLetter> END = new ArrayList<>();

    private static void putEnd(BlockingQueue<List<StoredLetter>> queue, AtomicBoolean stop) {
        try {
            while (!stop.get() && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is still busy with earlier chunks
            }
            if (stop.get()) {
                queue.offer(END);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the matching letters chunk by chunk, on the calling thread. */
    private void read(Consumer<List<StoredLetter>> chunks, AtomicBoolean stop) {
        try (Connection c = db.connect()) {
            c.setReadOnly(true);
            try (var st = c.createStatement()) {
                // rows straight from the B-tree as they are read: no result set built first
                st.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            long after = 0;
            while (!stop.get()) {
                long[] window = nextIds(c, after, chunk);
                if (window.length == 0) {
                    return;
                }
                after = window[window.length - 1];
                List<LetterRow> rows = letters(c, window);
                if (rows.isEmpty()) {
                    continue; // none of this window matches the filter
                }
                long[] ids = rows.stream().mapToLong(LetterRow::id).toArray();
                // the whole window matched: a range scan of the letter indexes beats an IN list
                long[] range = ids.length == window.length ? new long[] {ids[0], ids[ids.length - 1]} : null;
                Map<Long, List<StoredSpan>> spans = AnnotationRows.spans(c, ids, range);
                Map<Long, List<StoredItem>> items = AnnotationRows.items(c, ids, range);
                Map<Long, List<StoredField>> fields = AnnotationRows.fields(c, ids, range);
                List<StoredLetter> chunk = new ArrayList<>(rows.size());
                for (LetterRow r : rows) {
                    chunk.add(new StoredLetter(r.id, r.sha256, r.fileName, r.sourcePath, r.layout, r.text,
                            r.extractorVersion, spans.getOrDefault(r.id, List.of()),
                            items.getOrDefault(r.id, List.of()), fields.getOrDefault(r.id, List.of()), r.review));
                }
                chunks.accept(chunk);
            }
        } catch (SQLException e) {
            throw new StoreException("database " + db.file() + ": " + e.getMessage(), e);
        }
    }

    private record LetterRow(long id, String sha256, String fileName, String sourcePath, String layout, String text,
                             String extractorVersion, Review review) {
    }

    private String where() {
        return (filter.status() == null ? "" : " AND r.status = ?")
                + (filter.annotator() == null ? "" : " AND r.annotator = ?");
    }

    private int bindFilter(PreparedStatement ps, int i) throws SQLException {
        if (filter.status() != null) {
            ps.setString(i++, filter.status().name());
        }
        if (filter.annotator() != null) {
            ps.setString(i++, filter.annotator());
        }
        return i;
    }

    /**
     * The next ids in key order, whatever their status. Walking the primary key alone is what H2
     * does without sorting; with the import-status or review filters in the same query it picks
     * another index and sorts every remaining letter, text and all, for each chunk.
     */
    private static long[] nextIds(Connection c, long after, int chunk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM letter WHERE id > ? ORDER BY id LIMIT "
                + chunk)) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                long[] ids = new long[chunk];
                int n = 0;
                while (rs.next()) {
                    ids[n++] = rs.getLong(1);
                }
                return Arrays.copyOf(ids, n);
            }
        }
    }

    private List<LetterRow> letters(Connection c, long[] window) throws SQLException {
        List<LetterRow> out = new ArrayList<>();
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < window.length; i++) {
            in.append(i == 0 ? "?" : ",?");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT l.id, l.sha256, l.file_name, l.source_path, l.layout, "
                + (withText ? "l.text" : "NULL") + ", l.extractor_version, r.status, r.annotator, r.comment,"
                + " r.seconds_spent, r.verified_at FROM letter l JOIN review r ON r.letter_id = l.id"
                + " WHERE l.id IN (" + in + ") AND l.import_status = 'OK'" + where() + " ORDER BY l.id")) {
            int i = 1;
            for (long id : window) {
                ps.setLong(i++, id);
            }
            bindFilter(ps, i);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Review review = new Review(ReviewStatus.valueOf(rs.getString(8)), rs.getString(9),
                            rs.getString(10), rs.getInt(11), rs.getObject(12, OffsetDateTime.class));
                    out.add(new LetterRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), review));
                }
            }
        }
        return out;
    }
}
