package org.imrworkstation.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Label: value" block at the top of the 2016 and 2013 layouts. In text extracted from the
 * published PDFs the labels and values come apart (all labels first, then all values, and
 * "Application Received:" broken over two lines), so labels and values are queued and paired in
 * order of appearance, which also covers the ordinary "Label: value" line.
 */
final class HeaderBlock {

    private static final Pattern LABEL = Pattern.compile(
            "(?i)(IMR\\s+Case\\s+Number|Case\\s+Number|Date\\s+Assigned|Decision\\s+Date|Priority|Date\\s+of\\s+Injury"
                    + "|UR\\s+Denial\\s+Date|Date\\s+of\\s+UR\\s+Decision|Application\\s+Received|Claims?\\s+Number"
                    + "|Employee\\s+Name|Provider\\s+Name|Employer\\s+Name|Dated)\\s*:");
    private static final String[] END_OF_HEADER = {
        "how the imr", "dear ", "dear:", "final determination", "treatment(s) in dispute", "clinical case"};

    private static final Pattern APPLICATION_RECEIVED = Pattern.compile("(?i)Application[ \\t]*\\n[ \\t]*Received");

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Integer> valueStarts = new HashMap<>();

    HeaderBlock(String text, String lower) {
        int limit = Math.min(text.length(), 1500);
        for (String cue : END_OF_HEADER) {
            int at = lower.indexOf(cue);
            if (at >= 0 && at < limit) {
                limit = at;
            }
        }
        // "Application\nReceived:" is one label broken over two lines
        String head = APPLICATION_RECEIVED.matcher(text.substring(0, limit)).replaceAll("Application Received");
        boolean joined = head.length() != limit;
        Deque<String> labels = new ArrayDeque<>();
        int lineStart = 0;
        for (String line : head.split("\n", -1)) {
            Matcher m = LABEL.matcher(line);
            int at = 0;
            while (m.find()) {
                queueValue(line.substring(at, m.start()), lineStart + at, labels, joined);
                labels.addLast(canonical(m.group(1)));
                at = m.end();
            }
            queueValue(line.substring(at), lineStart + at, labels, joined);
            lineStart += line.length() + 1;
        }
    }

    private void queueValue(String raw, int offset, Deque<String> labels, boolean shifted) {
        String v = raw.strip();
        if (v.isEmpty() || labels.isEmpty()) {
            return;
        }
        String label = labels.removeFirst();
        values.putIfAbsent(label, v);
        if (!shifted) {
            valueStarts.putIfAbsent(label, offset + raw.indexOf(v));
        }
    }

    private static String canonical(String label) {
        String l = Texts.collapse(label.toLowerCase(Locale.ROOT));
        return l.startsWith("imr case") ? "case number" : l.replace("claims number", "claim number");
    }

    /** The value of a label ("date of injury", "ur denial date", ...), or null. */
    String get(String label) {
        return values.get(label);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }
}
