package org.imrworkstation.extract;

import java.util.List;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;

/** Small helpers to read an extraction in tests. */
final class SpanAssertions {

    private static final Extractor EXTRACTOR = new Extractor();

    private SpanAssertions() {
    }

    static LetterRecord extract(String text) {
        return EXTRACTOR.extract("test.txt", text);
    }

    static List<Span> spans(String text, SpanType type) {
        return extract(text).spans().stream().filter(s -> s.type() == type).toList();
    }

    static List<String> texts(String text, SpanType type) {
        return spans(text, type).stream().map(Span::text).toList();
    }

    static List<String> values(String text, SpanType type) {
        return spans(text, type).stream().map(Span::value).toList();
    }
}
