package org.imrworkstation.export.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.State;
import org.imrworkstation.store.StoredField;
import org.imrworkstation.store.StoredItem;
import org.imrworkstation.store.StoredLetter;
import org.imrworkstation.store.StoredSpan;

/**
 * One double-annotated letter as the lead adjudicates it: both copies, the main set (where the
 * final version is built) and where the copies disagree.
 *
 * <p>A disagreement is settled when the main set shows a person's judgement there (anything but a
 * standing suggestion), which is what every choice leaves behind, so a letter half done yesterday
 * shows as half done today. A verified letter is settled throughout: its main set is final (gold at
 * the next freeze) whoever verified it. The one choice that leaves nothing behind (taking a version that has no
 * span where the main set has none either) is passed in as {@code decidedWithoutChange}.
 */
public record LetterAdjudication(long letterId, String a, String b, StoredLetter copyA, StoredLetter copyB,
                                 StoredLetter main, List<Disagreement> disagreements) {

    public LetterAdjudication {
        disagreements = List.copyOf(disagreements);
    }

    public static LetterAdjudication of(String a, String b, StoredLetter copyA, StoredLetter copyB,
                                        StoredLetter main) {
        return new LetterAdjudication(main.id(), a, b, copyA, copyB, main, LetterDisagreements.of(copyA, copyB));
    }

    public boolean verified() {
        return main.review() != null && main.review().status() == ReviewStatus.VERIFIED;
    }

    public boolean settled(Disagreement d, Set<String> decidedWithoutChange) {
        if (verified() || decidedWithoutChange.contains(d.key())) {
            return true;
        }
        if (d instanceof Disagreement.Spans s) {
            return mainSpans(s, true).stream().anyMatch(m -> m.state() != State.SUGGESTED);
        }
        if (d instanceof Disagreement.Items i) {
            StoredItem m = mainItem(i.position());
            return m != null && m.state() != State.SUGGESTED;
        }
        StoredField m = mainField(((Disagreement.Field) d).name());
        return m != null && m.state() != State.SUGGESTED;
    }

    public long settledCount(Set<String> decidedWithoutChange) {
        return disagreements.stream().filter(d -> settled(d, decidedWithoutChange)).count();
    }

    public boolean allSettled(Set<String> decidedWithoutChange) {
        return settledCount(decidedWithoutChange) == disagreements.size();
    }

    /** The main set's version of the disagreement, described as A's and B's are. */
    public String finalVersion(Disagreement d) {
        if (d instanceof Disagreement.Spans s) {
            return Disagreement.Spans.describe(mainSpans(s, false));
        }
        if (d instanceof Disagreement.Items i) {
            return i.describe(mainItem(i.position()));
        }
        return Disagreement.Field.describe(value(mainField(((Disagreement.Field) d).name())));
    }

    /** "A", "B" (or "A = B") when the final version is one annotator's, "edited" when it is neither. */
    public String finalIs(Disagreement d) {
        boolean isA = equalsSide(d, true);
        boolean isB = equalsSide(d, false);
        return isA ? "A" : isB ? "B" : "edited";
    }

    private boolean equalsSide(Disagreement d, boolean ofA) {
        if (d instanceof Disagreement.Spans s) {
            return sameSpans(mainSpans(s, false), s.side(ofA));
        }
        if (d instanceof Disagreement.Items i) {
            StoredItem m = mainItem(i.position());
            StoredItem x = i.side(ofA);
            boolean goneM = m == null || m.state() == State.REJECTED;
            boolean goneX = x == null || x.state() == State.REJECTED;
            return goneM && goneX || !goneM && !goneX && m.item().equals(x.item());
        }
        Disagreement.Field f = (Disagreement.Field) d;
        return Objects.equals(value(mainField(f.name())), f.side(ofA));
    }

    private static boolean sameSpans(List<StoredSpan> x, List<StoredSpan> y) {
        return x.size() == y.size() && x.stream().allMatch(s -> y.stream().anyMatch(o -> Disagreement.sameSpan(s, o)));
    }

    /** Main spans overlapping the disagreement's stretch; rejected ones too when {@code withRejected}. */
    List<StoredSpan> mainSpans(Disagreement.Spans s, boolean withRejected) {
        return main.spans().stream().filter(m -> m.start() < s.end() && s.start() < m.end())
                .filter(m -> withRejected || m.state() != State.REJECTED).toList();
    }

    StoredItem mainItem(int position) {
        return main.items().stream().filter(i -> i.position() == position).findFirst().orElse(null);
    }

    private StoredField mainField(String name) {
        return main.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    private static String value(StoredField f) {
        return f == null ? null : f.value();
    }
}
