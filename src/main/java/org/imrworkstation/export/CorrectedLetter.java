package org.imrworkstation.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.Layout;
import org.imrworkstation.record.LetterFields;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.Span;
import org.imrworkstation.store.FieldNames;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.State;
import org.imrworkstation.store.StoredField;
import org.imrworkstation.store.StoredItem;
import org.imrworkstation.store.StoredLetter;
import org.imrworkstation.store.StoredSpan;

/**
 * A stored letter as every export shows it: the reviewer's version of each annotation. REJECTED
 * ones are left out, EDITED ones carry the edited values. A suggestion still standing on a
 * VERIFIED letter counts as judged (verifying the letter accepts what the clerk left alone); on any
 * other letter it is unjudged and exported only when asked for (decision 0007).
 */
public final class CorrectedLetter {

    private final StoredLetter stored;
    private final List<StoredSpan> spans = new ArrayList<>();
    private final List<StoredItem> items = new ArrayList<>();
    private final Map<String, StoredField> fields = new LinkedHashMap<>();
    private int unjudgedLeftOut;

    public CorrectedLetter(StoredLetter stored, boolean includeSuggestions) {
        this.stored = stored;
        boolean verified = stored.review().status() == ReviewStatus.VERIFIED;
        for (StoredSpan s : stored.spans()) {
            if (keep(s.state(), verified, includeSuggestions)) {
                spans.add(s);
            } else if (s.state() == State.SUGGESTED) {
                unjudgedLeftOut++;
            }
        }
        for (StoredItem i : stored.items()) {
            if (keep(i.state(), verified, includeSuggestions)) {
                items.add(i);
            } else if (i.state() == State.SUGGESTED) {
                unjudgedLeftOut++;
            }
        }
        for (StoredField f : stored.fields()) {
            if (keep(f.state(), verified, includeSuggestions)) {
                fields.put(f.name(), f);
            } else if (f.state() == State.SUGGESTED && f.value() != null) {
                unjudgedLeftOut++;
            }
        }
    }

    /** The export rule in one place. */
    static boolean keep(State state, boolean verified, boolean includeSuggestions) {
        return switch (state) {
            case REJECTED -> false;
            case ACCEPTED, EDITED -> true;
            case SUGGESTED -> verified || includeSuggestions;
        };
    }

    public StoredLetter stored() {
        return stored;
    }

    public List<StoredSpan> spans() {
        return spans;
    }

    public List<StoredItem> items() {
        return items;
    }

    /** Unjudged: a suggestion on a letter not verified (exported only with --include-suggestions). */
    public boolean unjudged(State state) {
        return state == State.SUGGESTED && stored.review().status() != ReviewStatus.VERIFIED;
    }

    /** Suggestions left out because nobody judged them yet. */
    public int unjudgedLeftOut() {
        return unjudgedLeftOut;
    }

    /** A field's exported value as stored text (lists joined by ','), null when not stated or left out. */
    public String field(String name) {
        StoredField f = fields.get(name);
        return f == null ? null : f.value();
    }

    public LetterFields letterFields() {
        String age = field("patient_age");
        String states = field("reviewer_states");
        return new LetterFields(age == null ? null : parseAge(age), field("patient_sex"), field("injury_date"),
                field("ur_date"), field("rfa_date"), field("reviewer_specialty"),
                states == null || states.isEmpty() ? List.of() : Arrays.asList(states.split(",")));
    }

    private static Integer parseAge(String age) {
        try {
            return Integer.valueOf(age.strip());
        } catch (NumberFormatException e) {
            return null; // a reviewer typed something else; the CSV still shows it as text
        }
    }

    /** The letter record of the guidelines (text included when the letter was loaded with it). */
    public LetterRecord record() {
        List<Span> out = new ArrayList<>(spans.size());
        for (StoredSpan s : spans) {
            out.add(new Span(s.type(), s.start(), s.end(), s.text(), s.value()));
        }
        return new LetterRecord(stored.fileName(), layout(stored.layout()), stored.text(), out,
                ItemRegimen.complete(items.stream().map(StoredItem::item).toList(), out), letterFields());
    }

    private static Layout layout(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Layout.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Layout.UNKNOWN;
        }
    }

    /** FieldNames order, for columns. */
    public static List<String> fieldNames() {
        return FieldNames.ALL;
    }
}
