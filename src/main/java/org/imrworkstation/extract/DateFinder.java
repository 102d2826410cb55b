package org.imrworkstation.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrworkstation.record.SpanType;

/**
 * Calendar dates with at least month and year: 3-31-05, 11/16/1999, September 8, 2006, Sept. 8,
 * 2006, 8-2010, 08/2010, August of 2010. Not a year alone, not a pain score (5-6/10), not a spine
 * level (L5-S1, C6-7), not a case number (CM16-0233904). A date broken after its separator at a
 * line end ("10-30-\n2016") is still a date.
 */
final class DateFinder {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\w/.-])(\\d{1,2})([/-])(\\d{1,2})\\2(?:[ \\t]*\\n[ \\t]*)?(\\d{4}|\\d{2})(?![\\w/]|-\\d|\\.\\d)");
    private static final Pattern MONTH_YEAR_NUMERIC = Pattern.compile(
            "(?<![\\w/.-])(\\d{1,2})([/-])(?:[ \\t]*\\n[ \\t]*)?((?:19|20)\\d{2})(?![\\w/]|-\\d|\\.\\d)");
    private static final Pattern ISO = Pattern.compile("(?<![\\w/.-])((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![\\w/]|-\\d)");
    private static final Pattern TEXTUAL = Pattern.compile(
            "(?<![\\w])(" + MONTHS + ")\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)?(?:\\s+of)?\\s+((?:19|20)\\d{2})(?!\\w)");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\w])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\.?,?\\s+((?:19|20)\\d{2})(?!\\w)");

    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DateFinder() {
    }

    static void find(Anchors a, Candidates out) {
        String text = a.text();
        Matcher numeric = a.matcher(NUMERIC);
        Matcher monthYear = a.matcher(MONTH_YEAR_NUMERIC);
        Matcher iso = a.matcher(ISO);
        Matcher dayFirst = a.matcher(DAY_FIRST);
        for (int at : a.numberStarts()) {
            int digits = a.digitsEnd(at) - at;
            char after = a.charAt(at + digits);
            boolean separated = after == '/' || after == '-';
            if (digits <= 2 && !separated) {
                if (monthFollows(a, at + digits) && a.lookingAt(dayFirst, at, 40)) {
                    addTextual(out, dayFirst.start(), dayFirst.end(), dayFirst.group(2), dayFirst.group(1), dayFirst.group(3));
                }
                continue;
            }
            if (!separated) {
                continue;
            }
            if (digits == 4) {
                if (a.lookingAt(iso, at, 12)) {
                    out.add(SpanType.DATE, iso.start(), iso.end(),
                            iso(Integer.parseInt(iso.group(1)), iso.group(2), iso.group(3)));
                }
                continue;
            }
            if (digits > 2) {
                continue;
            }
            if (a.lookingAt(numeric, at, 24)) {
                Matcher m = numeric;
                out.add(SpanType.DATE, m.start(), m.end(), iso(year(m.group(4)), m.group(1), m.group(3)));
            }
            if (a.lookingAt(monthYear, at, 20)) {
                int month = Integer.parseInt(monthYear.group(1));
                if (month >= 1 && month <= 12) {
                    out.add(SpanType.DATE, monthYear.start(), monthYear.end(),
                            Texts.yearMonth(monthYear.group(3), month));
                }
            }
        }
        Matcher textual = a.matcher(TEXTUAL);
        String lower = a.lower();
        for (int at : a.wordStarts()) {
            char first = text.charAt(at);
            if (first >= 'A' && first <= 'S'
                    && monthPrefix(lower, at) && a.lookingAt(textual, at, 40)) {
                addTextual(out, textual.start(), textual.end(), textual.group(1), textual.group(2), textual.group(3));
            }
        }
    }

    /** "8th of September", "8 Sept.": a capitalised month name after the day (and "of"). */
    private static boolean monthFollows(Anchors a, int i) {
        String lower = a.lower();
        if (lower.startsWith("st", i) || lower.startsWith("nd", i) || lower.startsWith("rd", i)
                || lower.startsWith("th", i)) {
            i += 2;
        }
        int j = i;
        while (j < lower.length() && Character.isWhitespace(lower.charAt(j))) {
            j++;
        }
        if (j == i) {
            return false;
        }
        if (lower.startsWith("of", j) && j + 2 < lower.length() && Character.isWhitespace(lower.charAt(j + 2))) {
            j += 2;
            while (j < lower.length() && Character.isWhitespace(lower.charAt(j))) {
                j++;
            }
        }
        return j + 3 <= lower.length() && Character.isUpperCase(a.text().charAt(j)) && monthPrefix(lower, j);
    }

    private static boolean monthPrefix(String lower, int at) {
        if (at + 3 > lower.length()) {
            return false;
        }
        char b = lower.charAt(at + 1);
        char c = lower.charAt(at + 2);
        return switch (lower.charAt(at)) {
            case 'j' -> (b == 'a' && c == 'n') || (b == 'u' && (c == 'n' || c == 'l'));
            case 'f' -> b == 'e' && c == 'b';
            case 'm' -> b == 'a' && (c == 'r' || c == 'y');
            case 'a' -> (b == 'p' && c == 'r') || (b == 'u' && c == 'g');
            case 's' -> b == 'e' && c == 'p';
            case 'o' -> b == 'c' && c == 't';
            case 'n' -> b == 'o' && c == 'v';
            case 'd' -> b == 'e' && c == 'c';
            default -> false;
        };
    }

    private static void addTextual(Candidates out, int start, int end, String monthName, String day, String year) {
        if (!Character.isUpperCase(monthName.charAt(0))) {
            return; // "may 2010" is a verb before a year; a month is written with its capital
        }
        int month = MONTH_NUMBERS.get(monthName.substring(0, 3).toLowerCase(Locale.ROOT));
        if (day == null) {
            out.add(SpanType.DATE, start, end, Texts.yearMonth(year, month));
        } else {
            out.add(SpanType.DATE, start, end, iso(Integer.parseInt(year), Integer.toString(month), day));
        }
    }

    /** Two-digit years: 00-49 are 20xx, 50-99 are 19xx (the guidelines' rule). */
    static int year(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 2) {
            return v < 50 ? 2000 + v : 1900 + v;
        }
        return v;
    }

    /** ISO date, or null where month/day do not make a real calendar date. */
    static String iso(int year, String month, String day) {
        // checked by hand, not by catching DateTimeException: letters are full of near-dates, and a
        // thrown exception costs more than extracting a whole letter
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (year < 1900 || year > 2099 || m < 1 || m > 12 || d < 1 || d > YearMonth.of(year, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, m, d).toString();
    }
}
