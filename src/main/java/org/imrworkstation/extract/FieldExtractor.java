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
    private static final Pattern SHE = Pattern.compile("(?<![/\\w])(?:she|her|She|Her)(?![/\\w])");
    private static final Pattern HE = Pattern.compile("(?<![/\\w])(?:he|his|He|His|him)(?![/\\w])");
    private static final Pattern INJURY_CUE = Pattern.compile(
            "(?i)date\\s+of\\s+(?:the\\s+)?(?:industrial\\s+)?injury|\\binjury\\b|\\binjured\\s+on\\b|\\bDOI\\b"
                    + "|\\bclaim\\s+from\\b");
    private static final Pattern UR_CUE = Pattern.compile("(?i)utilization\\s+review|\\bUR\\b");
    private static final Pattern UR_VERB = Pattern.compile(
            "(?i)non-?\\s*certif|noncertif|not\\s+certif|\\bdenied\\b|\\bdenial\\b|\\bdeny\\b|\\bmodified\\b|\\bmodif");
    private static final Pattern RFA_CUE = Pattern.compile("(?i)request\\s+for\\s+authori[sz]ation|\\bRFA\\b");
    private static final Pattern SPECIALTY = Pattern.compile(
            "(?i)Certification\\(s\\)\\s*/\\s*Specialty\\s*:[ \\t]*([^\\n]+)|Board[ \\t]+Certified[ \\t]+in[ \\t]+"
                    + "((?:(?!\\s+and\\s+(?:is|has|holds)\\b)[^,.;\\n]|\\n(?!\\s*\\n))+)");
    private static final Pattern STATES_LINE = Pattern.compile("(?i)State\\(s\\)\\s+of\\s+Licensure\\s*:[ \\t]*([^\\n]+)");
    private static final Pattern STATES_SENTENCE = Pattern.compile(
            "(?i)licensed\\s+to\\s+practice\\s+(?:medicine\\s+)?in\\s+([^.]{2,200}?)(?:\\.|\\s+He/she|\\s+and\\s+is\\b)");

    private final String text;
    private final List<Span> dates;

    FieldExtractor(String text, List<Span> spans) {
        this.text = text;
        this.dates = spans.stream().filter(s -> s.type() == SpanType.DATE).toList();
    }

    LetterFields extract(HeaderBlock header) {
        Integer age = null;
        String sex = null;
        Matcher m = AGE_SEX.matcher(text);
        while (m.find()) {
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
            injury = dateAfterCue(INJURY_CUE, 80);
        }
        if (injury == null) {
            // "a 62 year old male who fell from a ladder at work on Sept. 19, 2005": the sentence that
            // introduces the patient tells how and when the injury happened
            injury = dateAfterCue(AGE_SEX, 160);
        }
        String ur = headerDate(header, "ur denial date");
        if (ur == null) {
            ur = headerDate(header, "date of ur decision");
        }
        if (ur == null) {
            ur = urDateFromSentences();
        }
        String rfa = dateAfterCue(RFA_CUE, 60);
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
        int from = Math.max(0, text.toUpperCase(Locale.ROOT).indexOf("CASE SUMMARY"));
        String summary = text.substring(from, Math.min(text.length(), from + 4000));
        int she = count(SHE, summary);
        int he = count(HE, summary);
        if (she >= 2 && he == 0) {
            return "F";
        }
        return he >= 2 && she == 0 ? "M" : null;
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        Matcher m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private String headerDate(HeaderBlock header, String label) {
        String v = header.get(label);
        if (v == null) {
            return null;
        }
        Candidates c = new Candidates(v);
        DateFinder.find(v, c);
        return c.resolve().stream().map(Span::value).findFirst().orElse(null);
    }

    /** The first date after a cue, within {@code window} characters and the same sentence. */
    private String dateAfterCue(Pattern cue, int window) {
        Matcher m = cue.matcher(text);
        while (m.find()) {
            for (Span d : dates) {
                if (d.start() < m.end()) {
                    continue;
                }
                if (d.start() - m.end() > window || sentenceBreak(m.end(), d.start())) {
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
        Matcher cue = UR_CUE.matcher(text);
        while (cue.find()) {
            int[] sentence = sentenceAround(cue.start());
            String s = text.substring(sentence[0], sentence[1]);
            if (!UR_VERB.matcher(s).find()) {
                continue;
            }
            for (Span d : dates) {
                if (d.start() >= sentence[0] && d.end() <= sentence[1]) {
                    return d.value();
                }
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

    private String specialty() {
        Matcher m = SPECIALTY.matcher(text);
        if (!m.find()) {
            return null;
        }
        String raw = m.group(1) != null ? m.group(1) : m.group(2);
        String first = raw.split("[,;]")[0].replaceAll("\\s+", " ").strip();
        return first.isEmpty() ? null : first;
    }

    private List<String> states() {
        Matcher m = STATES_LINE.matcher(text);
        String raw = m.find() ? m.group(1) : null;
        if (raw == null) {
            Matcher s = STATES_SENTENCE.matcher(text);
            raw = s.find() ? s.group(1) : null;
        }
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String part : raw.replaceAll("\\s+", " ").split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
            String code = UsStates.code(part.strip());
            if (code != null && !out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

}
