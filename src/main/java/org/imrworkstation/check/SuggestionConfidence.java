package org.imrworkstation.check;

import java.util.List;
import java.util.Locale;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;

/**
 * How sure the extractor can be of a suggestion, from the form it was found in: a rule-based prior
 * between 0 and 1, not a calibrated probability (docs/ANNOTATION_TYPES.md says which forms score
 * low and why). It orders the review queue and lets the window point a clerk at the shaky
 * suggestions first; the extractor's output (and the guidelines' schema) stays without it.
 */
public final class SuggestionConfidence {

    /** Below this a suggestion counts as uncertain for the queue's risk order. */
    public static final double LOW = 0.7;

    private SuggestionConfidence() {
    }

    /** One confidence per span, in the order of {@code spans}. */
    public static double[] of(List<Span> spans) {
        double[] out = new double[spans.size()];
        for (int i = 0; i < out.length; i++) {
            Span s = spans.get(i);
            out[i] = of(s, nearestDrugEnd(spans, i));
        }
        return out;
    }

    /** {@code drugEnd}: end of the nearest DRUG span before this one, or -1. */
    static double of(Span s, int drugEnd) {
        String text = s.text();
        return switch (s.type()) {
            case DECISION -> 0.98;
            case DRUG -> drug(text, s.value());
            // a strength or quantity right after its drug is the usual "Norco 10/325mg #120"
            case STRENGTH -> drugEnd >= 0 && s.start() - drugEnd <= 40 ? 0.92 : 0.65;
            case QUANTITY -> text.startsWith("#") ? 0.95 : drugEnd >= 0 && s.start() - drugEnd <= 60 ? 0.8 : 0.6;
            case REFILLS -> 0.85;
            case DATE -> date(s.value(), text);
            case PAIN_SCORE -> text.contains("/10") || text.toLowerCase(Locale.ROOT).contains("out of 10") ? 0.95
                    : 0.7;
            case GUIDELINE_PAGE -> 0.9;
            case MED -> 0.85;
            case FREQUENCY -> 0.8;
            case ROUTE -> 0.75;
        };
    }

    private static double drug(String text, String value) {
        if (value == null) {
            return 0.5;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals(value)) {
            return 0.97; // the generic name as written
        }
        // short brands and abbreviations ("APAP", "Soma") are the ones that collide with other words
        return text.length() <= 4 ? 0.7 : 0.9;
    }

    private static double date(String value, String text) {
        if (value == null) {
            return 0.5;
        }
        if (value.length() == 7) {
            return 0.7; // a month and year: "in March 2014" may be a period, not an event
        }
        int lastSep = Math.max(text.lastIndexOf('/'), text.lastIndexOf('-'));
        // a two-digit year ("3/4/14") has to be guessed into its century
        return lastSep >= 0 && text.length() - lastSep - 1 == 2 ? 0.85 : 0.95;
    }

    private static int nearestDrugEnd(List<Span> spans, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (spans.get(k).type() == SpanType.DRUG) {
                return spans.get(k).end();
            }
        }
        return -1;
    }
}
