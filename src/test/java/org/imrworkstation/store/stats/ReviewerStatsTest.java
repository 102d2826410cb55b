package org.imrworkstation.store.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.ReviewService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures of {@link StatsFixture}'s history, worked out by hand there, on a real H2 file. */
class ReviewerStatsTest {

    static final ZoneId UTC = ZoneOffset.UTC;
    static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    // built once: the statistics only read, and the history takes seconds to make
    @TempDir
    static Path tmp;

    static Database db;
    static StatsFixture fixture;
    static ReviewerStats stats;

    @BeforeAll
    static void setUp() throws Exception {
        db = Database.open(tmp.resolve("db/imr"));
        fixture = StatsFixture.build(db, tmp.resolve("letters"));
        stats = new ReviewerStats(db);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    static StatsFilter filter(String from, String to, String annotator, ZoneId zone) {
        return new StatsFilter(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                annotator, zone);
    }

    @Test
    void lettersVerifiedPerAnnotatorPerDayLeaveOutUnverifiedAndUndone() {
        ReviewerStatistics s = stats.compute(filter(null, null, null, UTC));
        assertThat(s.verifiedPerDay()).extracting(VerifiedPerDay::day, VerifiedPerDay::annotator, VerifiedPerDay::letters)
                .containsExactly(
                        tuple(LocalDate.parse("2026-03-02"), "ann", 2L),
                        tuple(LocalDate.parse("2026-03-02"), "bob", 1L),
                        tuple(LocalDate.parse("2026-03-03"), "ann", 2L),
                        tuple(LocalDate.parse("2026-03-04"), "bob", 1L));
        assertThat(s.verifiedTotal()).isEqualTo(6);
    }

    @Test
    void daysAreTheReviewersCalendarDaysInTheGivenZone() {
        ReviewerStatistics s = stats.compute(filter(null, null, "bob", LA));
        // 2026-03-02 05:00 UTC is the evening of 03-01 in California
        assertThat(s.verifiedPerDay()).extracting(VerifiedPerDay::day, VerifiedPerDay::letters)
                .containsExactly(tuple(LocalDate.parse("2026-03-01"), 1L), tuple(LocalDate.parse("2026-03-04"), 1L));
        assertThat(stats.compute(filter("2026-03-02", "2026-03-02", "bob", LA)).verifiedPerDay()).isEmpty();
        assertThat(stats.compute(filter("2026-03-02", "2026-03-02", "bob", UTC)).verifiedPerDay())
                .extracting(VerifiedPerDay::letters).containsExactly(1L);
    }

    @Test
    void medianAndP90SecondsPerVerifiedLetterSkipUntimedLetters() {
        ReviewerStatistics s = stats.compute(filter(null, null, null, UTC));
        assertThat(s.seconds()).containsExactly(
                new SecondsPerLetter("ann", 4, 3, 90.0, 114.0),
                new SecondsPerLetter("bob", 2, 2, 165.0, 273.0));
    }

    @Test
    void aDateRangeAndAnAnnotatorNarrowTheLetters() {
        ReviewerStatistics day3 = stats.compute(filter("2026-03-03", "2026-03-03", null, UTC));
        assertThat(day3.verifiedPerDay()).extracting(VerifiedPerDay::annotator, VerifiedPerDay::letters)
                .containsExactly(tuple("ann", 2L));
        // L2 (90 s) and the untimed L3
        assertThat(day3.seconds()).containsExactly(new SecondsPerLetter("ann", 2, 1, 90.0, 90.0));

        ReviewerStatistics from3 = stats.compute(filter("2026-03-03", null, null, UTC));
        assertThat(from3.verifiedTotal()).isEqualTo(3);
        ReviewerStatistics to2 = stats.compute(filter(null, "2026-03-02", "ann", UTC));
        assertThat(to2.seconds()).containsExactly(new SecondsPerLetter("ann", 2, 2, 90.0, 114.0));
        assertThat(stats.compute(filter(null, null, "nobody", UTC)).seconds()).isEmpty();
    }

    @Test
    void correctionsByTypeAndReasonCountCurrentReasonsNotUndoneOrWithdrawnOnes() {
        ReviewerStatistics s = stats.compute(filter(null, null, null, UTC));
        assertThat(s.corrections()).containsExactly(
                new CorrectionCount("DRUG", Reason.SPURIOUS, 1),
                new CorrectionCount("QUANTITY", Reason.MISSED, 1),
                new CorrectionCount("STRENGTH", Reason.BOUNDARY, 1),
                new CorrectionCount("STRENGTH", Reason.VALUE, 1));
        assertThat(s.correctionTotal()).isEqualTo(4);
        // the undone rejection is in the log all the same: the figures read the spans, not the log
        assertThat(new ReviewService(db, "ann").history(fixture.drugLetter).stream()
                .map(e -> e.action()).toList()).contains("REJECT", "UNDO");
    }

    @Test
    void suggestionOutcomesPerTypePutWhereTheExtractorErrsMostFirst() {
        ReviewerStatistics s = stats.compute(filter(null, null, null, UTC));
        assertThat(s.suggestions()).containsExactly(
                new SuggestionOutcome("STRENGTH", 0, 2, 0, 0),
                new SuggestionOutcome("DRUG", 2, 0, 1, 0),
                new SuggestionOutcome("QUANTITY", 0, 0, 0, 1));
        SuggestionOutcome drug = s.suggestions().get(1);
        assertThat(drug.acceptedShare()).isEqualTo(2.0 / 3);
        assertThat(drug.rejectedShare()).isEqualTo(1.0 / 3);
        assertThat(drug.correctedShare()).isZero();
        assertThat(s.suggestions().get(2).errorShare()).isNaN();
    }

    @Test
    void spanFiguresFollowWhoJudgedThemAndWhen() {
        ReviewerStatistics bob = stats.compute(filter(null, null, "bob", UTC));
        assertThat(bob.corrections()).containsExactly(
                new CorrectionCount("QUANTITY", Reason.MISSED, 1),
                new CorrectionCount("STRENGTH", Reason.BOUNDARY, 1));
        // bob's two span changes were set back to 2026-03-04; ann's happened today
        ReviewerStatistics march4 = stats.compute(filter("2026-03-04", "2026-03-04", null, UTC));
        assertThat(march4.corrections()).extracting(CorrectionCount::type, CorrectionCount::reason)
                .containsExactly(tuple("QUANTITY", Reason.MISSED), tuple("STRENGTH", Reason.BOUNDARY));
        assertThat(march4.suggestions()).containsExactly(
                new SuggestionOutcome("STRENGTH", 0, 1, 0, 0), new SuggestionOutcome("QUANTITY", 0, 0, 0, 1));
        assertThat(stats.compute(filter("2026-03-05", "2026-03-06", null, UTC)).suggestions()).isEmpty();
    }

    @Test
    void anEmptyDatabaseHasNoFiguresAndABackwardRangeIsRefused() {
        try (Database empty = Database.open(tmp.resolve("empty/imr"))) {
            ReviewerStatistics s = new ReviewerStats(empty).compute(StatsFilter.all());
            assertThat(s.verifiedPerDay()).isEmpty();
            assertThat(s.seconds()).isEmpty();
            assertThat(s.corrections()).isEmpty();
            assertThat(s.suggestions()).isEmpty();
        }
        assertThatThrownBy(() -> filter("2026-03-04", "2026-03-03", null, UTC))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--to 2026-03-03 is before --from 2026-03-04");
    }
}
