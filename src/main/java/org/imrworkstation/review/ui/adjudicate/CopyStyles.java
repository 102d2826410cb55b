package org.imrworkstation.review.ui.adjudicate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.imrworkstation.export.agreement.Disagreement;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.review.DraftSpan;
import org.imrworkstation.review.Ref;
import org.imrworkstation.review.ui.HighlightStyles;
import org.imrworkstation.store.StoredSpan;

/**
 * One annotator's copy as text styles: the review window's per-type highlights ({@link
 * HighlightStyles}, so a DRUG looks the same in both places and a rejected span is struck through),
 * with each stretch of text where the copies disagree boxed: "disagree", plus "settled" once the
 * lead has decided it and "disagree-current" for the one selected. Pure, so it is tested without a window.
 */
final class CopyStyles {

    private CopyStyles() {
    }

    static StyleSpans<Collection<String>> compute(String text, List<StoredSpan> spans, List<int[]> headings,
                                                  List<Disagreement> disagreements, Predicate<Disagreement> settled,
                                                  Disagreement current) {
        List<DraftSpan> drafts = spans.stream().map(s -> new DraftSpan(new Ref(s.id()), s.type(), s.start(), s.end(),
                s.text(), s.value(), s.origin(), s.state(), s.reason())).toList();
        StyleSpans<Collection<String>> base = HighlightStyles.compute(text.length(), drafts,
                EnumSet.allOf(SpanType.class), null, headings);
        return base.overlay(marks(text.length(), disagreements, settled, current), (x, y) -> {
            if (y.isEmpty()) {
                return x;
            }
            List<String> both = new ArrayList<>(x);
            both.addAll(y);
            return both;
        });
    }

    private static StyleSpans<Collection<String>> marks(int length, List<Disagreement> disagreements,
                                                       Predicate<Disagreement> settled, Disagreement current) {
        List<Disagreement> inText = disagreements.stream()
                .filter(d -> d.start() >= 0 && d.end() <= length && d.start() < d.end()).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        inText.forEach(d -> {
            cuts.add(d.start());
            cuts.add(d.end());
        });
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int at = from;
            // an item's heading can contain a span stretch: the innermost (last started) one is drawn
            Disagreement here = null;
            for (Disagreement d : inText) {
                if (at >= d.start() && at < d.end() && (here == null || d.start() >= here.start())) {
                    here = d;
                }
            }
            List<String> classes = new ArrayList<>(3);
            if (here != null) {
                classes.add("disagree");
                if (settled.test(here)) {
                    classes.add("settled");
                }
            }
            if (current != null && current.start() >= 0 && at >= current.start() && at < current.end()) {
                classes.add("disagree-current");
            }
            b.add(classes, to - from);
            from = to;
        }
        if (length == 0) {
            b.add(List.of(), 0);
        }
        return b.create();
    }
}
