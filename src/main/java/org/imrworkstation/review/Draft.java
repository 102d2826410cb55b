package org.imrworkstation.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.StoredField;
import org.imrworkstation.store.StoredLetter;

/**
 * The letter under review as the clerk sees it: changes land here at once (the window never waits
 * for the database) and are written behind, in order, by {@link StoreQueue}.
 */
public final class Draft {

    private final long letterId;
    private final String fileName;
    private final String text;
    private final Map<Ref, DraftSpan> spans = new LinkedHashMap<>();
    private final Map<Ref, DraftItem> items = new LinkedHashMap<>();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private ReviewStatus status;
    private String comment;
    private List<DraftSpan> sorted;
    private TreeMap<Integer, DraftSpan> byStart;

    Draft(StoredLetter l) {
        this.letterId = l.id();
        this.fileName = l.fileName();
        this.text = l.text();
        l.spans().forEach(s -> put(DraftSpan.of(s)));
        l.items().forEach(i -> put(DraftItem.of(i)));
        for (StoredField f : l.fields()) {
            fields.put(f.name(), f.value());
        }
        this.status = l.review().status();
        this.comment = l.review().comment();
    }

    public long letterId() {
        return letterId;
    }

    public String fileName() {
        return fileName;
    }

    public String text() {
        return text;
    }

    /** All spans, rejected ones too, by start offset. */
    public List<DraftSpan> spans() {
        if (sorted == null) {
            sorted = new ArrayList<>(spans.values());
            sorted.sort(Comparator.comparingInt(DraftSpan::start).thenComparingInt(DraftSpan::end));
        }
        return sorted;
    }

    public Optional<DraftSpan> span(Ref ref) {
        return Optional.ofNullable(spans.get(ref));
    }

    /** The span (not rejected) under a text offset: the last one starting at or before it, if it reaches it. */
    public Optional<DraftSpan> spanAt(int offset) {
        if (byStart == null) {
            byStart = new TreeMap<>();
            spans().stream().filter(s -> !s.rejected()).forEach(s -> byStart.put(s.start(), s));
        }
        Map.Entry<Integer, DraftSpan> e = byStart.floorEntry(offset);
        return e != null && e.getValue().contains(offset) ? Optional.of(e.getValue()) : Optional.empty();
    }

    /** Whether start..end would overlap a span that counts (not rejected, not {@code except}). */
    public boolean overlaps(int start, int end, Ref except) {
        return spans.values().stream().anyMatch(s -> s.ref() != except && !s.rejected()
                && s.start() < end && s.end() > start);
    }

    public List<DraftItem> items() {
        return List.copyOf(items.values());
    }

    public Optional<DraftItem> item(Ref ref) {
        return Optional.ofNullable(items.get(ref));
    }

    public Map<String, String> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    public ReviewStatus status() {
        return status;
    }

    public String comment() {
        return comment;
    }

    void put(DraftSpan s) {
        spans.put(s.ref(), s);
        sorted = null;
        byStart = null;
    }

    void removeSpan(Ref ref) {
        spans.remove(ref);
        sorted = null;
        byStart = null;
    }

    void put(DraftItem i) {
        items.put(i.ref(), i);
    }

    void removeItem(Ref ref) {
        items.remove(ref);
    }

    void field(String name, String value) {
        fields.put(name, value);
    }

    void review(ReviewStatus s, String c) {
        status = s;
        comment = c;
    }
}
