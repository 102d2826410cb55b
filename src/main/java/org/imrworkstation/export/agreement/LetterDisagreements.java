package org.imrworkstation.export.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.imrworkstation.store.State;
import org.imrworkstation.store.StoredField;
import org.imrworkstation.store.StoredItem;
import org.imrworkstation.store.StoredLetter;
import org.imrworkstation.store.StoredSpan;

/**
 * Where two copies of one letter differ, as the adjudication view lists them: spans in text order,
 * then items, then fields. Spans that both copies have exactly (type, offsets, value) agree; the rest
 * are grouped into stretches of overlapping text, so that "A: one DATE 3-13, B: two DATEs 3-7 and
 * 9-13" is one choice rather than three that only make sense together.
 */
public final class LetterDisagreements {

    private LetterDisagreements() {
    }

    public static List<Disagreement> of(StoredLetter a, StoredLetter b) {
        List<Disagreement> out = new ArrayList<>(spans(kept(a), kept(b)));
        out.addAll(items(a.items(), b.items()));
        out.addAll(fields(a.fields(), b.fields()));
        return out;
    }

    private static List<StoredSpan> kept(StoredLetter l) {
        return l.spans().stream().filter(s -> s.state() != State.REJECTED).toList();
    }

    private record Side(StoredSpan span, boolean ofA) {
    }

    private static List<Disagreement.Spans> spans(List<StoredSpan> a, List<StoredSpan> b) {
        List<Side> open = new ArrayList<>();
        a.stream().filter(s -> b.stream().noneMatch(o -> Disagreement.sameSpan(s, o)))
                .forEach(s -> open.add(new Side(s, true)));
        b.stream().filter(s -> a.stream().noneMatch(o -> Disagreement.sameSpan(s, o)))
                .forEach(s -> open.add(new Side(s, false)));
        open.sort(Comparator.comparingInt((Side x) -> x.span().start()).thenComparingInt(x -> x.span().end()));
        List<Disagreement.Spans> out = new ArrayList<>();
        int i = 0;
        while (i < open.size()) {
            int start = open.get(i).span().start();
            int end = open.get(i).span().end();
            List<StoredSpan> inA = new ArrayList<>();
            List<StoredSpan> inB = new ArrayList<>();
            while (i < open.size() && open.get(i).span().start() < end) {
                Side s = open.get(i++);
                end = Math.max(end, s.span().end());
                (s.ofA() ? inA : inB).add(s.span());
            }
            out.add(new Disagreement.Spans(start, end, inA, inB));
        }
        return out;
    }

    private static List<Disagreement.Items> items(List<StoredItem> a, List<StoredItem> b) {
        Set<Integer> positions = new TreeSet<>();
        a.forEach(i -> positions.add(i.position()));
        b.forEach(i -> positions.add(i.position()));
        List<Disagreement.Items> out = new ArrayList<>();
        for (int p : positions) {
            StoredItem ia = at(a, p);
            StoredItem ib = at(b, p);
            boolean goneA = ia == null || ia.state() == State.REJECTED;
            boolean goneB = ib == null || ib.state() == State.REJECTED;
            boolean agree = goneA && goneB || !goneA && !goneB && ia.item().equals(ib.item());
            if (!agree) {
                out.add(new Disagreement.Items(p, ia, ib));
            }
        }
        return out;
    }

    private static StoredItem at(List<StoredItem> items, int position) {
        return items.stream().filter(i -> i.position() == position).findFirst().orElse(null);
    }

    private static List<Disagreement.Field> fields(List<StoredField> a, List<StoredField> b) {
        Set<String> names = new LinkedHashSet<>();
        a.forEach(f -> names.add(f.name()));
        b.forEach(f -> names.add(f.name()));
        List<Disagreement.Field> out = new ArrayList<>();
        for (String n : names) {
            String va = value(a, n);
            String vb = value(b, n);
            if (!Objects.equals(va, vb)) {
                out.add(new Disagreement.Field(n, va, vb));
            }
        }
        return out;
    }

    private static String value(List<StoredField> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().map(StoredField::value).orElse(null);
    }
}
