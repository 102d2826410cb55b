package org.imrworkstation.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.SpanType;

/**
 * The items grid's columns: how a cell reads and sets its value as text, and which span type is
 * its evidence in the letter (none for the treatment heading and the guideline sources).
 */
public enum ItemColumn {
    TREATMENT("Treatment", null),
    DRUG("Drug", SpanType.DRUG),
    STRENGTH("Strength", SpanType.STRENGTH),
    QUANTITY("Qty", SpanType.QUANTITY),
    REFILLS("Refills", SpanType.REFILLS),
    DECISION("Decision", SpanType.DECISION),
    GUIDELINES("Guidelines", null),
    PAGES("Pages", SpanType.GUIDELINE_PAGE);

    public final String title;
    public final SpanType evidence;

    ItemColumn(String title, SpanType evidence) {
        this.title = title;
        this.evidence = evidence;
    }

    public static Optional<ItemColumn> of(SpanType t) {
        return Arrays.stream(values()).filter(c -> c.evidence == t).findFirst();
    }

    public String get(Item i) {
        Object v = switch (this) {
            case TREATMENT -> i.treatment();
            case DRUG -> i.drug();
            case STRENGTH -> i.strength();
            case QUANTITY -> i.quantity();
            case REFILLS -> i.refills();
            case DECISION -> i.decision();
            case GUIDELINES -> i.guidelines().isEmpty() ? null : String.join(",", i.guidelines());
            case PAGES -> i.pages();
        };
        return v == null ? "" : v.toString();
    }

    /** The item with this column set from the clerk's text; a bad value gets a one-line message. */
    public Item set(Item i, String text) {
        String t = text == null ? "" : text.strip();
        String v = t.isEmpty() ? null : t;
        return switch (this) {
            case TREATMENT -> new Item(v, i.drug(), i.strength(), i.quantity(), i.refills(), i.decision(),
                    i.guidelines(), i.pages(), i.evidenceStart(), i.evidenceEnd());
            case DRUG -> new Item(i.treatment(), v == null ? null : v.toLowerCase(Locale.ROOT), i.strength(),
                    i.quantity(), i.refills(), i.decision(), i.guidelines(), i.pages(), i.evidenceStart(),
                    i.evidenceEnd());
            case STRENGTH -> new Item(i.treatment(), i.drug(), v, i.quantity(), i.refills(), i.decision(),
                    i.guidelines(), i.pages(), i.evidenceStart(), i.evidenceEnd());
            case QUANTITY -> new Item(i.treatment(), i.drug(), i.strength(), whole(v, "quantity"), i.refills(),
                    i.decision(), i.guidelines(), i.pages(), i.evidenceStart(), i.evidenceEnd());
            case REFILLS -> new Item(i.treatment(), i.drug(), i.strength(), i.quantity(), whole(v, "refills"),
                    i.decision(), i.guidelines(), i.pages(), i.evidenceStart(), i.evidenceEnd());
            case DECISION -> new Item(i.treatment(), i.drug(), i.strength(), i.quantity(), i.refills(),
                    decision(v), i.guidelines(), i.pages(), i.evidenceStart(), i.evidenceEnd());
            case GUIDELINES -> new Item(i.treatment(), i.drug(), i.strength(), i.quantity(), i.refills(),
                    i.decision(), guidelines(v), i.pages(), i.evidenceStart(), i.evidenceEnd());
            case PAGES -> new Item(i.treatment(), i.drug(), i.strength(), i.quantity(), i.refills(), i.decision(),
                    i.guidelines(), v == null ? "" : v, i.evidenceStart(), i.evidenceEnd());
        };
    }

    static Integer whole(String v, String what) {
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{1,6}")) {
            throw new IllegalArgumentException(what + " must be a whole number (or empty), not \"" + v + "\"");
        }
        return Integer.valueOf(v);
    }

    static Decision decision(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Decision.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("decision must be UPHELD, OVERTURNED or PARTIAL, not \"" + v + "\"");
        }
    }

    static List<String> guidelines(String v) {
        if (v == null) {
            return List.of();
        }
        List<String> out = Arrays.stream(v.toUpperCase(Locale.ROOT).split("[,\\s]+")).filter(s -> !s.isEmpty())
                .toList();
        for (String g : out) {
            if (!List.of("MTUS", "ODG", "ACOEM", "OTHER").contains(g)) {
                throw new IllegalArgumentException("guidelines are MTUS, ODG, ACOEM or OTHER, not \"" + g + "\"");
            }
        }
        return out;
    }
}
