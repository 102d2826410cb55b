package org.imrworkstation.review;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrworkstation.extract.DrugEntry;
import org.imrworkstation.extract.Lexicon;
import org.imrworkstation.record.SpanType;

/**
 * The value a span the clerk adds starts with, in the guidelines' form where it is plain from the
 * text (a drug's generic name, a number, a decision word); otherwise the text itself, for the clerk
 * to correct with V.
 */
final class ValueGuess {

    private static final Pattern STRENGTH = Pattern.compile("([\\d.,/]+)\\s*([a-zA-Z%]+)");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})");

    private final Lexicon lexicon;

    ValueGuess(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    String guess(SpanType type, String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        switch (type) {
            case DRUG:
                return lexicon.lookup(t).map(DrugEntry::generics).orElse(t.toLowerCase(Locale.ROOT));
            case QUANTITY:
            case REFILLS: {
                String digits = t.replaceAll("\\D", "");
                return digits.isEmpty() ? t : digits;
            }
            case DECISION: {
                String l = t.toLowerCase(Locale.ROOT);
                return l.startsWith("uph") ? "UPHELD" : l.startsWith("overt") ? "OVERTURNED"
                        : l.startsWith("partial") ? "PARTIAL" : t;
            }
            case STRENGTH: {
                Matcher m = STRENGTH.matcher(t);
                return m.matches() ? m.group(1) + " " + m.group(2).toLowerCase(Locale.ROOT) : t;
            }
            case DATE: {
                Matcher m = DATE.matcher(t);
                return m.matches() ? String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3),
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : t;
            }
            default:
                return t;
        }
    }
}
