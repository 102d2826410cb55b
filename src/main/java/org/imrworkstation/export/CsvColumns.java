package org.imrworkstation.export;

import java.util.ArrayList;
import java.util.List;

/** The columns of the three CSV files, in order (README, "export --format csv", has a table per file). */
public final class CsvColumns {

    /** The letter's identity and fields, repeated on every item row. */
    static final List<String> LETTER_FIELDS = List.of("patient_age", "patient_sex", "injury_date", "ur_date",
            "rfa_date", "reviewer_specialty", "reviewer_states");

    public static final List<String> ITEMS = concat(List.of("letter_id", "file", "sha256"), LETTER_FIELDS,
            List.of("item", "treatment", "drug", "drug_class", "strength", "quantity", "refills", "decision",
                    "guidelines", "pages", "frequency", "daily_dose", "evidence_start", "evidence_end", "item_state",
                    "unjudged", "review_status", "annotator", "verified_at", "flag_count", "flags"));

    public static final List<String> SPANS = List.of("letter_id", "file", "sha256", "type", "start", "end", "text",
            "value", "origin", "state", "reason", "annotator", "unjudged");

    public static final List<String> LETTERS = concat(List.of("letter_id", "file", "sha256", "layout",
                    "extractor_version"), LETTER_FIELDS,
            List.of("review_status", "annotator", "verified_at", "seconds_spent", "comment", "items", "spans",
                    "unjudged_left_out", "computed_med", "flag_count", "flags"));

    private CsvColumns() {
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> out = new ArrayList<>();
        for (List<String> p : parts) {
            out.addAll(p);
        }
        return List.copyOf(out);
    }
}
