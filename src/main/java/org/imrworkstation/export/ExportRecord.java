package org.imrworkstation.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.Layout;
import org.imrworkstation.record.LetterFields;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.Span;

/**
 * A letter record of the guidelines as the JSONL export and gold sets write it: the guidelines'
 * keys (letter, text, spans, items, fields; layout as extract writes it) plus two that scorers
 * ignore and a re-import needs: the file's sha256 and who reviewed the letter. Everything here is
 * what {@code import --annotations} reads back, so export, import, export gives the same bytes.
 */
@JsonPropertyOrder({"letter", "layout", "sha256", "text", "spans", "items", "fields", "review"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExportRecord(
        String letter,
        @JsonInclude(JsonInclude.Include.NON_NULL) Layout layout,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sha256,
        String text,
        List<Span> spans,
        List<Item> items,
        LetterFields fields,
        @JsonInclude(JsonInclude.Include.NON_NULL) ReviewInfo review) {

    /** The letter's review: where it stands, who reviewed it last, when it was verified. */
    @JsonPropertyOrder({"status", "annotator", "verified_at"})
    public record ReviewInfo(String status, String annotator,
                             @JsonProperty("verified_at") String verifiedAt) {
    }

    public ExportRecord {
        spans = spans == null ? List.of() : List.copyOf(spans);
        items = items == null ? List.of() : List.copyOf(items);
        fields = fields == null ? LetterFields.EMPTY : fields;
    }

    public static ExportRecord of(CorrectedLetter l) {
        LetterRecord r = l.record();
        var review = l.stored().review();
        OffsetDateTime at = review.verifiedAt();
        return new ExportRecord(r.letter(), r.layout(), l.stored().sha256(), r.text(), r.spans(), r.items(), r.fields(),
                new ReviewInfo(review.status().name(), review.annotator(), at == null ? null : at.toString()));
    }

    /** The plain letter record (for the scorers). */
    public LetterRecord toLetterRecord() {
        return new LetterRecord(letter, layout, text, spans, items, fields);
    }
}
