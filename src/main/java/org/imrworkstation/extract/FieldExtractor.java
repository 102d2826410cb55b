package org.imrworkstation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrworkstation.record.LetterFields;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;

/**
 * The letter fields: patient age and sex, injury, UR and RFA dates, reviewer specialty and states.
 * Dates come from the header block where the layout has one, else from the first date after a cue
 * in the same sentence, so the value always agrees with a DATE span of the letter.
 */
final class FieldExtractor {

    private static final Pattern AGE_SEX = Pattern.compile(
            "(?i)(?<!\\d)(\\d{1,3})[- \\t]*(?:years?|yr)[- \\t]*old\\b[- \\t,]*(?:(male|female|man|woman|gentleman|lady)\\b)?");
    private static final Pattern SEX_WORD = Pattern.compile("(?i)\\b(male|female|man|woman|gentleman|lady)\\b");
    /** Cues in lower case match any case; an all-capitals cue is an abbreviation and matches only as written. */
    private static final String[] INJURY_CUES = {"injury", "injured on", "DOI", "claim from"};
    private static final String[] UR_CUES = {"utilization review", "UR"};
    private static final String[] RFA_CUES = {"request for authorization", "request for authorisation", "RFA"};
    private static final String[] AGE_CUES = {"year"};
    private static final Pattern UR_VERB = Pattern.compile(
            "(?i)non-?\\s*certif|noncertif|not\\s+certif|\\bdenied\\b|\\bdenial\\b|\\bdeny\\b|\\bmodified\\b|\\bmodif");
    private static final Pattern STATES_LINE = Pattern.compile("(?i)State\\(s\\)\\s+of\\s+Licensure\\s*:[ \\t]*([^\\n]+)");
    private static final Pattern STATES_SENTENCE = Pattern.compile(
            "(?i)licensed\\s+to\\s+practice\\s+(?:medicine\\s+)?in\\s+([^.]{2,200}?)(?:\\.|\\s+He/she|\\s+and\\s+is\\b)");

    private static final Pattern STATE_LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

    private final Anchors anchors;
    private final String text;
    private final String lower;
    private final List<Span> dates;

    FieldExtractor(Anchors anchors, List<Span> spans) {
        this.anchors = anchors;
        this.text = anchors.text();
        this.lower = anchors.lower();
        this.dates = spans.stream().filter(s -> s.type() == SpanType.DATE).toList();
    }

    /** Ends of whole-word occurrences of the cues, in text order. */
    private int[] cueEnds(String[] cues) {
        java.util.TreeSet<Integer> ends = new java.util.TreeSet<>();
        for (String cue : cues) {
            if (cue.equals(cue.toUpperCase(Locale.ROOT))) {
                for (int[] found : Anchors.findPhrase(text, cue)) {
                    ends.add(found[1]);
                }
                continue;
            }
            for (int[] found : anchors.findPhrase(cue)) {
                ends.add(found[1]);
            }
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    LetterFields extract(HeaderBlock header) {
        Integer age = null;
        String sex = null;
        Matcher m = anchors.matcher(AGE_SEX);
        for (int year : cueEnds(AGE_CUES)) {
            m.region(Math.max(0, year - 12), Math.min(text.length(), year + 40));
            if (!m.find()) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            if (a < 10 || a > 110) {
                continue;
            }
            age = a;
            sex = sexOf(m.group(2));
            if (sex == null) {
                Matcher w = SEX_WORD.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
                sex = w.find() ? sexOf(w.group(1)) : null;
            }
            break;
        }
        if (sex == null) {
            sex = sexFromPronouns();
        }
        String injury = headerDate(header, "date of injury");
        if (injury == null) {
            injury = dateAfterCue(cueEnds(INJURY_CUES), 80);
        }
        if (injury == null) {
            // "a 62 year old male who fell from a ladder at work on Sept. 19, 2005": the sentence that
            // introduces the patient tells how and when the injury happened
            injury = dateAfterCue(ageEnds(), 160);
        }
        String ur = headerDate(header, "ur denial date");
        if (ur == null) {
            ur = headerDate(header, "date of ur decision");
        }
        if (ur == null) {
            ur = urDateFromSentences();
        }
        String rfa = dateAfterCue(cueEnds(RFA_CUES), 60);
        return new LetterFields(age, sex, injury, ur, rfa, specialty(), states());
    }

    private static String sexOf(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("female") || w.equals("woman") || w.equals("lady") ? "F" : "M";
    }

    /** Only where the case summary speaks of the patient one way and never the other. */
    private String sexFromPronouns() {
        int from = Math.max(0, firstOf("case summary"));
        int to = Math.min(text.length(), from + 4000);
        int she = 0;
        int he = 0;
        for (int at : anchors.wordStarts()) {
            if (at < from || at >= to) {
                continue;
            }
            int end = at;
            while (end < to && Character.isLetter(lower.charAt(end))) {
                end++;
            }
            boolean slashed = (at > 0 && lower.charAt(at - 1) == '/') || (end < lower.length() && lower.charAt(end) == '/');
            if (slashed) {
                continue; // "He/she", "his/her": the template, not the patient
            }
            switch (lower.substring(at, end)) {
                case "she", "her" -> she++;
                case "he", "his", "him" -> he++;
                default -> { }
            }
        }
        if (she >= 2 && he == 0) {
            return "F";
        }
        return he >= 2 && she == 0 ? "M" : null;
    }

    private int[] ageEnds() {
        Matcher m = anchors.matcher(AGE_SEX);
        return java.util.Arrays.stream(cueEnds(AGE_CUES)).map(y -> {
            m.region(Math.max(0, y - 12), Math.min(text.length(), y + 40));
            return m.find() ? m.end() : -1;
        }).filter(e -> e >= 0).toArray();
    }

    private String headerDate(HeaderBlock header, String label) {
        String v = header.get(label);
        if (v == null) {
            return null;
        }
        Candidates c = new Candidates(v);
        DateFinder.find(new Anchors(v), c);
        return c.resolve().stream().map(Span::value).findFirst().orElse(null);
    }

    /** The first date after a cue, within {@code window} characters and the same sentence. */
    private String dateAfterCue(int[] cueEnds, int window) {
        for (int cueEnd : cueEnds) {
            for (Span d : dates) {
                if (d.start() < cueEnd) {
                    continue;
                }
                if (d.start() - cueEnd > window || sentenceBreak(cueEnd, d.start())) {
                    break;
                }
                return d.value();
            }
        }
        return null;
    }

    private boolean sentenceBreak(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ';') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && !abbreviation(i)) {
                return true;
            }
        }
        return text.substring(from, to).contains("\n\n\n");
    }

    private boolean abbreviation(int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        return word.length() <= 4 && (word.equals("dr") || word.equals("sept") || word.equals("jan")
                || word.equals("feb") || word.equals("aug") || word.equals("oct") || word.equals("nov")
                || word.equals("dec") || word.equals("apr") || word.equals("mar") || word.equals("jun")
                || word.equals("jul") || word.equals("sep") || word.equals("no") || word.equals("inc"));
    }

    /** The UR decision date: a sentence that names utilization review and a denial, and a date. */
    private String urDateFromSentences() {
        int lastSentence = -1;
        for (int cueEnd : cueEnds(UR_CUES)) {
            int[] sentence = sentenceAround(cueEnd - 1);
            if (sentence[0] == lastSentence) {
                continue;
            }
            lastSentence = sentence[0];
            String s = text.substring(sentence[0], sentence[1]);
            if (!UR_VERB.matcher(s).find()) {
                continue;
            }
            // the date that follows the cue ("the Utilization Review Denial dated 8/30/2013"), not
            // another of the sentence's dates before it ("filed on 9/6/2013 disputing the ..."); a
            // sentence that dates the review first ("On 12/09/2014, utilization review denied ...")
            // has its date before the cue
            Span before = null;
            for (Span d : dates) {
                if (d.start() >= sentence[0] && d.end() <= sentence[1]) {
                    if (d.start() >= cueEnd) {
                        return d.value();
                    }
                    before = d;
                }
            }
            if (before != null) {
                return before.value();
            }
        }
        return null;
    }

    private int[] sentenceAround(int at) {
        int start = at;
        while (start > 0 && !(isStop(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && !isStop(end)) {
            end++;
        }
        return new int[] {start, Math.min(text.length(), end + 1)};
    }

    private boolean isStop(int i) {
        char c = text.charAt(i);
        return (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)) && !abbreviation(i))
                || (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n'
                && i + 2 < text.length() && text.charAt(i + 2) == '\n');
    }

    /**
     * "Certification(s)/Specialty: X, Y" (to the line end) or "Board Certified in X and is licensed
     * ..." (to the first comma, period, semicolon, paragraph break or "and is/has/holds").
     */
    private String specialty() {
        int line = firstOf("certification(s)/specialty:", "certification(s) / specialty:");
        int board = firstOf("board certified in");
        String raw;
        if (line >= 0 && (board < 0 || line < board)) {
            int from = text.indexOf(':', line) + 1;
            int nl = text.indexOf('\n', from);
            raw = text.substring(from, nl < 0 ? text.length() : nl);
        } else if (board >= 0) {
            int from = board + "board certified in".length();
            int to = Math.min(text.length(), from + 200);
            for (String stop : new String[] {",", ".", ";", "\n\n", " and is ", " and has ", " and holds "}) {
                int at = lower.indexOf(stop, from);
                if (at >= 0 && at < to) {
                    to = at;
                }
            }
            raw = text.substring(from, to);
        } else {
            return reviewerDescribed();
        }
        String first = Texts.collapse(raw.split("[,;]")[0]);
        return first.isEmpty() ? null : first;
    }

    /** "The expert reviewer is a Licensed Chiropractor and is licensed to practice in ...": as written. */
    private String reviewerDescribed() {
        int at = firstOf("expert reviewer is", "physician reviewer is");
        if (at < 0) {
            return null;
        }
        int from = lower.indexOf(" is", at) + 3;
        int and = lower.indexOf(" and is licensed", from);
        if (and < 0 || and - from > 80) {
            return null;
        }
        String raw = Texts.collapse(text.substring(from, and));
        for (String article : new String[] {"a ", "an "}) {
            if (raw.toLowerCase(Locale.ROOT).startsWith(article)) {
                raw = raw.substring(article.length());
            }
        }
        return raw.isEmpty() || raw.toLowerCase(Locale.ROOT).startsWith("selected") ? null : raw;
    }

    private int firstOf(String... cues) {
        int best = -1;
        for (String c : cues) {
            int[] found = Anchors.findPhrase(lower, c, 0, lower.length());
            int at = found == null ? -1 : found[0];
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private List<String> states() {
        Matcher m = anchors.matcher(STATES_LINE);
        int line = firstOf("state(s) of licensure");
        String raw = line >= 0 && anchors.lookingAt(m, line, 300) ? m.group(1) : null;
        int sentence = firstOf("licensed to practice");
        if (raw == null && sentence >= 0) {
            Matcher s = anchors.matcher(STATES_SENTENCE);
            raw = anchors.lookingAt(s, sentence, 300) ? s.group(1) : null;
        }
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String part : STATE_LIST_SEPARATOR.split(Texts.collapse(raw))) {
            String code = UsStates.code(part.strip());
            if (code != null && !out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

}
