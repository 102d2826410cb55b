package org.imrworkstation.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * brat standoff (.ann) for spans: text-bound lines {@code T1<TAB>DRUG 10 15<TAB>Norco} and the value
 * as a note {@code #1<TAB>AnnotatorNotes T1<TAB>hydrocodone}. brat is Python: its offsets count
 * Unicode code points of the .txt, not Java's UTF-16 chars, so a letter with a character outside
 * the BMP (an emoji, a rare CJK ideograph) has offsets that differ from the record's. A span that
 * crosses a line break is written as fragments {@code start end;start end} without the breaks,
 * its text the fragments joined by a space (brat's own convention).
 */
public final class BratAnn {

    /** One text-bound annotation: type, fragments as [start, end) code point pairs, text, note. */
    public record Entity(String id, String type, List<int[]> fragments, String text, String note) {
    }

    private BratAnn() {
    }

    /** Maps Java char offsets of one text to code point offsets; the identity when all chars are BMP. */
    static final class CodePoints {
        private final String text;
        private final boolean identity;

        CodePoints(String text) {
            this.text = text;
            this.identity = text.codePoints().count() == text.length();
        }

        int of(int charOffset) {
            return identity ? charOffset : text.codePointCount(0, charOffset);
        }
    }

    /** The fragments of [start, end): the runs of the span without line breaks, in char offsets. */
    static List<int[]> fragments(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && text.charAt(i) == '\n') {
                i++;
            }
            int j = i;
            while (j < end && text.charAt(j) != '\n') {
                j++;
            }
            if (j > i) {
                out.add(new int[] {i, j});
            }
            i = j;
        }
        return out;
    }

    /** The .ann line(s) of one span (numbered {@code n}); empty when the span is only line breaks. */
    static String lines(int n, String type, String text, CodePoints cp, int start, int end, String value) {
        List<int[]> frags = fragments(text, start, end);
        if (frags.isEmpty()) {
            return "";
        }
        StringBuilder offsets = new StringBuilder();
        StringBuilder shown = new StringBuilder();
        for (int[] f : frags) {
            if (offsets.length() > 0) {
                offsets.append(';');
                shown.append(' ');
            }
            offsets.append(cp.of(f[0])).append(' ').append(cp.of(f[1]));
            shown.append(text, f[0], f[1]);
        }
        StringBuilder out = new StringBuilder();
        out.append('T').append(n).append('\t').append(type).append(' ').append(offsets).append('\t')
                .append(oneLine(shown.toString())).append('\n');
        if (value != null) {
            out.append('#').append(n).append("\tAnnotatorNotes T").append(n).append('\t').append(oneLine(value))
                    .append('\n');
        }
        return out.toString();
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    /** Reads an .ann's text-bound annotations with their notes (other lines are skipped). */
    public static List<Entity> parse(String ann) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (String line : ann.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (line.startsWith("T") && cols.length == 3) {
                int sp = cols[1].indexOf(' ');
                String type = cols[1].substring(0, sp);
                List<int[]> frags = new ArrayList<>();
                for (String f : cols[1].substring(sp + 1).split(";")) {
                    String[] se = f.trim().split(" ");
                    frags.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                }
                byId.put(cols[0], new Entity(cols[0], type, frags, cols[2], null));
            } else if (line.startsWith("#") && cols.length == 3 && cols[1].startsWith("AnnotatorNotes ")) {
                notes.put(cols[1].substring("AnnotatorNotes ".length()), cols[2]);
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : byId.values()) {
            out.add(new Entity(e.id(), e.type(), e.fragments(), e.text(), notes.get(e.id())));
        }
        return out;
    }
}
