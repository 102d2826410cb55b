package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The corpus list sorted in the store (decision 0010), on a real H2 file: paging through a sorted,
 * filtered list with any page size returns every matching letter exactly once, in the order an
 * in-memory sort of the same rows gives, ascending and descending, with ties (file names, last
 * changes, items, risk) and NULLs (no annotator, never changed), both ways of finding a page (walking
 * the column's index, sorting few candidates), and a failed import that has no review row.
 */
class SortedListTest {

    /** What the oracle needs of a letter beyond its list row. */
    record Letter(LetterSummary row, String text, List<StoredItem> items) {
    }

    static Path dir;
    static Database db;
    static LetterStore store;
    static List<Letter> letters;
    static List<String> drugs;

    @BeforeContainer
    static void makeDatabase() throws Exception {
        dir = Files.createTempDirectory("imr-sorted-list");
        db = Database.open(dir.resolve("db/imr"));
        store = new LetterStore(db);
        List<Long> ids = TestLetters.importInto(db, dir.resolve("letters"), 36);
        try (LetterImporter importer = new LetterImporter(db, 10)) {
            importer.failed("aaa-broken.txt", dir.resolve("aaa-broken.txt").toString(), "not a letter");
        }
        // review work by three clerks: statuses, annotators (NULL where nobody reviewed), rejected items
        String[] clerks = {"ann", "bob", "cy"};
        ReviewStatus[] statuses = ReviewStatus.values();
        for (int i = 0; i < ids.size(); i += 2) {
            ReviewService clerk = new ReviewService(db, clerks[i / 2 % 3]);
            long id = ids.get(i);
            if (i % 4 == 0) {
                store.load(id).orElseThrow().items().stream().findFirst().ifPresent(it -> clerk.rejectItem(it.id()));
            }
            if (i % 8 != 0) {
                clerk.setReview(id, statuses[i / 2 % statuses.length], null, 30);
            }
        }
        // a change without a review: a last change but no annotator
        ReviewService dan = new ReviewService(db, "dan");
        dan.acceptSpan(store.load(ids.get(1)).orElseThrow().spans().get(0).id());
        // ties and case: equal file names, equal last changes, upper case before lower case
        sql("UPDATE letter SET file_name = 'Same.txt' WHERE id IN (?, ?, ?)", ids.get(3), ids.get(17), ids.get(30));
        sql("UPDATE letter SET file_name = 'b-lower.txt' WHERE id = ?", ids.get(5));
        sql("UPDATE letter SET file_name = 'B-upper.txt' WHERE id = ?", ids.get(7));
        OffsetDateTime noon = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);
        sql("UPDATE review SET last_change = ? WHERE letter_id IN (?, ?, ?)", noon, ids.get(2), ids.get(4), ids.get(8));
        sql("UPDATE review SET risk = 40 WHERE letter_id IN (?, ?)", ids.get(9), ids.get(21));

        letters = new ArrayList<>();
        for (LetterSummary s : store.list(LetterQuery.ALL, 0, 1000)) {
            StoredLetter l = store.load(s.id()).orElseThrow();
            letters.add(new Letter(s, l.text(), l.items()));
        }
        drugs = new ArrayList<>(store.drugs().keySet());
    }

    static void sql(String sql, Object... args) throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    @AfterContainer
    static void closeDatabase() throws IOException {
        db.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // ---- the oracle: the same rows filtered and sorted in memory ----

    static boolean matches(LetterQuery q, Letter l) {
        LetterSummary s = l.row();
        if (q.status() != null && s.status() != q.status()
                || q.annotator() != null && !q.annotator().equals(s.annotator())
                || q.text() != null && !l.text().toLowerCase(Locale.ROOT).contains(q.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (q.drug() == null && q.decision() == null) {
            return true;
        }
        return l.items().stream().anyMatch(i -> i.state() != State.REJECTED
                && (q.drug() == null || q.drug().equals(i.item().drug()))
                && (q.decision() == null || i.item().decision() != null
                && q.decision().equals(i.item().decision().name())));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<LetterSummary> order(LetterQuery q) {
        Comparator<LetterSummary> byId = Comparator.comparingLong(LetterSummary::id);
        if (q.sort() == null) {
            return byId;
        }
        CorpusSort by = q.sort();
        Comparator<LetterSummary> byKey = Comparator.comparing(s -> (Comparable) by.valueOf(s),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        boolean idDesc = q.descending() != by.tiesReversed;
        return (q.descending() ? byKey.reversed() : byKey).thenComparing(idDesc ? byId.reversed() : byId);
    }

    static List<Long> expected(LetterQuery q) {
        return letters.stream().filter(l -> matches(q, l)).map(Letter::row).sorted(order(q))
                .map(LetterSummary::id).toList();
    }

    /** Every page in turn; pages before the last are full. */
    static List<Long> paged(LetterQuery q, int size, int threshold) {
        List<Long> got = new ArrayList<>();
        LetterSummary after = null;
        List<Integer> sizes = new ArrayList<>();
        for (int guard = 0; guard < 500; guard++) {
            LetterSummary from = after;
            List<LetterSummary> page = q.sort() == null ? store.list(q, from, size) : Tx.run(db, c -> {
                SortedCorpusList list = new SortedCorpusList(q, threshold);
                return list.page(c, list.cursorAfter(from), size);
            });
            if (page.isEmpty()) {
                break;
            }
            sizes.add(page.size());
            page.forEach(s -> got.add(s.id()));
            after = page.get(page.size() - 1);
        }
        for (int i = 0; i < sizes.size() - 1; i++) {
            assertThat(sizes.get(i)).as("page %d of %s", i, sizes).isEqualTo(size);
        }
        return got;
    }

    // ---- properties ----

    @Property(tries = 300)
    void pagingASortedFilteredListGivesEveryMatchOnceInOrder(@ForAll("queries") LetterQuery q,
            @ForAll("pageSizes") int size, @ForAll("thresholds") int threshold) {
        List<Long> want = expected(q);
        List<Long> got = paged(q, size, threshold);
        assertThat(got).as("%s, pages of %d, threshold %d", q, size, threshold).doesNotHaveDuplicates()
                .containsExactlyElementsOf(want);
    }

    @Provide
    Arbitrary<LetterQuery> queries() {
        Arbitrary<ReviewStatus> status = Arbitraries.of(ReviewStatus.class).injectNull(0.6);
        Arbitrary<String> decision = Arbitraries.of("UPHELD", "OVERTURNED", "PARTIAL").injectNull(0.7);
        Arbitrary<String> drug = Arbitraries.of(drugs).injectNull(0.7);
        Arbitrary<String> annotator = Arbitraries.of("ann", "bob", "cy", "nobody").injectNull(0.75);
        Arbitrary<String> text = Arbitraries.of("lumbar", "NORCO", "medically necessary", "no such words", "100%_x")
                .injectNull(0.75);
        Arbitrary<CorpusSort> sort = Arbitraries.of(CorpusSort.class).injectNull(0.1);
        Arbitrary<Boolean> desc = Arbitraries.of(false, true);
        return Combinators.combine(status, decision, drug, annotator, text, sort, desc)
                .as((st, de, dr, an, tx, so, ds) -> new LetterQuery(st, de, dr, an, tx).sortedBy(so, ds));
    }

    @Provide
    Arbitrary<Integer> pageSizes() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 9), Arbitraries.just(100));
    }

    /** 0: always walk the column's index; 3: few candidates only when a filter is that rare; large: always candidates. */
    @Provide
    Arbitrary<Integer> thresholds() {
        return Arbitraries.of(0, 3, SortedCorpusList.CANDIDATES);
    }

    // ---- examples ----

    @Example
    void everySortAndDirectionPagesTheWholeCorpusInOrder() {
        for (CorpusSort by : CorpusSort.values()) {
            for (boolean desc : new boolean[] {false, true}) {
                LetterQuery q = LetterQuery.ALL.sortedBy(by, desc);
                List<Long> want = expected(q);
                assertThat(want).hasSize(36);
                assertThat(paged(q, 1, 0)).as(q.toString()).containsExactlyElementsOf(want);
                assertThat(paged(q, 7, SortedCorpusList.CANDIDATES)).as(q.toString()).containsExactlyElementsOf(want);
                assertThat(ids(store.list(q, (LetterSummary) null, 100))).as(q.toString()).isEqualTo(want);
            }
        }
    }

    @Example
    void annotatorSortsNoAnnotatorFirstAscendingAndLastDescending() {
        List<LetterSummary> up = store.list(LetterQuery.ALL.sortedBy(CorpusSort.ANNOTATOR, false), (LetterSummary) null,
                100);
        List<String> names = up.stream().map(LetterSummary::annotator).toList();
        int firstNamed = (int) names.stream().takeWhile(a -> a == null).count();
        assertThat(firstNamed).isPositive().isLessThan(names.size());
        assertThat(names.subList(firstNamed, names.size())).doesNotContainNull().isSorted();
        assertThat(names.subList(firstNamed, names.size())).contains("ann", "bob", "cy");
        List<LetterSummary> down = store.list(LetterQuery.ALL.sortedBy(CorpusSort.ANNOTATOR, true),
                (LetterSummary) null, 100);
        assertThat(ids(down)).containsExactlyElementsOf(reversed(ids(up)));
    }

    @Example
    void lastChangeTiesAndNeverChangedLettersPageOneByOne() {
        LetterQuery q = LetterQuery.ALL.sortedBy(CorpusSort.LAST_CHANGE, true);
        List<Long> one = paged(q, 1, 0);
        assertThat(one).containsExactlyElementsOf(expected(q));
        Map<OffsetDateTime, Integer> counts = new TreeMap<>();
        letters.stream().map(l -> l.row().lastChange()).filter(t -> t != null).forEach(t -> counts.merge(t, 1,
                Integer::sum));
        assertThat(counts).containsValue(3); // the tie made above
        assertThat(letters).anySatisfy(l -> assertThat(l.row().lastChange()).isNull());
    }

    @Example
    void fileNamesSortByCharacterCodeWithTiesInLetterOrder() {
        List<String> names = store.list(LetterQuery.ALL.sortedBy(CorpusSort.FILE, false), (LetterSummary) null, 100)
                .stream().map(LetterSummary::fileName).toList();
        assertThat(names).isSorted().doesNotContain("aaa-broken.txt"); // a failed import is not in the list
        assertThat(names.indexOf("B-upper.txt")).isLessThan(names.indexOf("Same.txt"));
        assertThat(names.indexOf("Same.txt")).isLessThan(names.indexOf("b-lower.txt"));
    }

    @Example
    void riskDescendingIsTheReviewQueuesOrder() {
        List<Long> queue = new FlagStore(db).byRisk(LetterQuery.ALL, null, 100).stream().map(e -> e.letter().id())
                .toList();
        assertThat(ids(store.list(LetterQuery.ALL.sortedBy(CorpusSort.RISK, true), (LetterSummary) null, 100)))
                .isEqualTo(queue);
    }

    @Example
    void afterALetterIdASortedListGoesOnFromThatLettersPlace() {
        LetterQuery q = LetterQuery.ALL.sortedBy(CorpusSort.ITEMS, true);
        List<Long> all = expected(q);
        long tenth = all.get(9);
        assertThat(ids(store.list(q, tenth, 5))).isEqualTo(all.subList(10, 15));
        assertThat(ids(store.list(q, 0, 5))).isEqualTo(all.subList(0, 5));
    }

    @Example
    void unsortedQueriesKeepLetterOrder() {
        String drug = drugs.get(0);
        for (LetterQuery q : List.of(LetterQuery.ALL, LetterQuery.ALL.withDrug(drug),
                LetterQuery.ALL.withStatus(ReviewStatus.UNREVIEWED).withDecision("UPHELD"))) {
            assertThat(paged(q, 2, 0)).as(q.toString()).isSorted().containsExactlyElementsOf(expected(q));
        }
        assertThat(LetterQuery.ALL.sortedBy(CorpusSort.FILE, true).filters()).isFalse();
        assertThat(LetterQuery.ALL.withText("x").sortedBy(CorpusSort.FILE, true).unsorted())
                .isEqualTo(LetterQuery.ALL.withText("x"));
    }

    static List<Long> ids(List<LetterSummary> rows) {
        return rows.stream().map(LetterSummary::id).toList();
    }

    static List<Long> reversed(List<Long> ids) {
        List<Long> r = new ArrayList<>(ids);
        java.util.Collections.reverse(r);
        return r;
    }
}
