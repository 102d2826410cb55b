package org.imrworkstation.export.agreement;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.imrworkstation.record.Item;
import org.imrworkstation.store.State;
import org.imrworkstation.store.StoredItem;
import org.imrworkstation.store.StoredSpan;

/**
 * One place where two annotators' copies of a letter differ: a stretch of text where their spans
 * differ, an item, or a letter field. {@link #key()} depends on the copies only, so it names the
 * same disagreement before and after the lead's choices (the copies are never changed by them).
 */
public sealed interface Disagreement {

    /** Stable name within the letter, e.g. "span 120-131", "item 2", "field patient_age". */
    String key();

    /** What the lead reads in the list: "DRUG at 120", "item 2 (Norco 10/325mg)", "patient_age". */
    String what();

    String kind();

    /** The text range to show, or {@code start < 0} for a field. */
    int start();

    int end();

    /**
     * The spans of each copy that are not rejected and lie in one stretch of overlapping text where
     * the copies do not have exactly the same spans (type, offsets and value); either side may be empty.
     */
    record Spans(int start, int end, List<StoredSpan> a, List<StoredSpan> b) implements Disagreement {

        public Spans {
            a = List.copyOf(a);
            b = List.copyOf(b);
        }

        @Override
        public String key() {
            return "span " + start + "-" + end;
        }

        @Override
        public String what() {
            StoredSpan first = !a.isEmpty() ? a.get(0) : b.get(0);
            return first.type() + " at " + start;
        }

        @Override
        public String kind() {
            return "span";
        }

        public List<StoredSpan> side(boolean ofA) {
            return ofA ? a : b;
        }

        /** "DRUG «Norco» = hydrocodone; ...", or "(none)". */
        public static String describe(List<StoredSpan> spans) {
            if (spans.isEmpty()) {
                return "(none)";
            }
            return spans.stream().map(s -> s.type() + " «" + s.text().replaceAll("\\s+", " ") + "»"
                    + (s.value() == null ? "" : " = " + s.value())).collect(Collectors.joining("; "));
        }
    }

    /** The item at one position (items are paired by position, as agreement pairs them). */
    record Items(int position, StoredItem a, StoredItem b) implements Disagreement {

        @Override
        public String key() {
            return "item " + (position + 1);
        }

        @Override
        public String what() {
            StoredItem any = a != null ? a : b;
            String t = any == null || any.item().treatment() == null ? "" : " (" + any.item().treatment() + ")";
            return "item " + (position + 1) + t;
        }

        @Override
        public String kind() {
            return "item";
        }

        @Override
        public int start() {
            StoredItem any = a != null ? a : b;
            Integer s = any == null ? null : any.item().evidenceStart();
            return s == null ? -1 : s;
        }

        @Override
        public int end() {
            StoredItem any = a != null ? a : b;
            Integer e = any == null ? null : any.item().evidenceEnd();
            return e == null ? -1 : e;
        }

        public StoredItem side(boolean ofA) {
            return ofA ? a : b;
        }

        /** The disputed values of this or any version of the item (the main set's too), or "(removed)". */
        public String describe(StoredItem version) {
            if (version == null || version.state() == State.REJECTED) {
                return "(removed)";
            }
            return ItemDifference.show(version.item(), ItemDifference.disputed(kept(a), kept(b)));
        }

        private static Item kept(StoredItem i) {
            return i == null || i.state() == State.REJECTED ? null : i.item();
        }
    }

    /** A letter field; values as stored (lists joined by ','), null for "not stated". */
    record Field(String name, String a, String b) implements Disagreement {

        @Override
        public String key() {
            return "field " + name;
        }

        @Override
        public String what() {
            return name;
        }

        @Override
        public String kind() {
            return "field";
        }

        @Override
        public int start() {
            return -1;
        }

        @Override
        public int end() {
            return -1;
        }

        public String side(boolean ofA) {
            return ofA ? a : b;
        }

        public static String describe(String value) {
            return value == null ? "(not stated)" : value;
        }
    }

    static boolean sameSpan(StoredSpan x, StoredSpan y) {
        return x.type() == y.type() && x.start() == y.start() && x.end() == y.end()
                && Objects.equals(x.value(), y.value());
    }
}
