package org.imrworkstation.export;

import java.util.stream.Collectors;
import org.imrworkstation.check.CheckReport;
import org.imrworkstation.check.Flag;
import org.imrworkstation.check.LetterChecks;
import org.imrworkstation.record.LetterRecord;

/**
 * The checks' flags of an exported letter, computed on the corrected record (what the reviewer
 * left), as the CSV writes them: a count and "KIND:severity;KIND:severity".
 */
final class LetterFlags {

    private final LetterChecks checks = new LetterChecks();
    private final java.util.Map<Long, java.util.Set<String>> dismissed;

    /** {@code dismissed}: the findings clerks dismissed, by letter ("KIND\nmessage"): not exported. */
    LetterFlags(java.util.Map<Long, java.util.Set<String>> dismissed) {
        this.dismissed = dismissed;
    }

    /** {@code computedMed}: the MED of the letter's opioid items (mg a day), null where none can be computed. */
    record Summary(int count, String joined, Double computedMed) {
        static final Summary NONE = new Summary(0, "", null);
    }

    Summary of(long letterId, LetterRecord record, String text) {
        if (text == null) {
            return Summary.NONE;
        }
        CheckReport report = checks.check(record, text);
        java.util.Set<String> gone = dismissed.getOrDefault(letterId, java.util.Set.of());
        java.util.List<Flag> standing = report.flags().stream()
                .filter(f -> !gone.contains(f.kind().name() + "\n" + f.message())).toList();
        return new Summary(standing.size(), standing.stream()
                .map(LetterFlags::code).collect(Collectors.joining(";")), report.computedMed());
    }

    static String code(Flag f) {
        return f.kind().name() + ":" + f.severity().name().toLowerCase(java.util.Locale.ROOT);
    }
}
