package org.imrworkstation.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The letter record of ANNOTATION_GUIDELINES.md: one JSON object per letter. {@code text} is
 * written only when asked for; {@code layout} is an addition that scorers ignore.
 */
@JsonPropertyOrder({"letter", "layout", "text", "spans", "items", "fields"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LetterRecord(
        String letter,
        @JsonInclude(JsonInclude.Include.NON_NULL) Layout layout,
        @JsonInclude(JsonInclude.Include.NON_NULL) String text,
        List<Span> spans,
        List<Item> items,
        LetterFields fields) {

    public LetterRecord {
        spans = spans == null ? List.of() : List.copyOf(spans);
        items = items == null ? List.of() : List.copyOf(items);
        fields = fields == null ? LetterFields.EMPTY : fields;
    }

    public LetterRecord withText(String newText) {
        return new LetterRecord(letter, layout, newText, spans, items, fields);
    }
}
