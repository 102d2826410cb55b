package org.imrworkstation.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.imrworkstation.eval.EvalFixtures.ALL_SPANS;
import static org.imrworkstation.eval.EvalFixtures.DATE;
import static org.imrworkstation.eval.EvalFixtures.DECISION;
import static org.imrworkstation.eval.EvalFixtures.DRUG;
import static org.imrworkstation.eval.EvalFixtures.FIELDS;
import static org.imrworkstation.eval.EvalFixtures.ITEMS;
import static org.imrworkstation.eval.EvalFixtures.QUANTITY;
import static org.imrworkstation.eval.EvalFixtures.STRENGTH;
import static org.imrworkstation.eval.EvalFixtures.TEXT;
import static org.imrworkstation.eval.EvalFixtures.goldRecord;
import static org.imrworkstation.eval.EvalFixtures.printed;
import static org.imrworkstation.eval.EvalFixtures.record;
import static org.imrworkstation.eval.EvalFixtures.span;
import static org.imrworkstation.eval.EvalFixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanScorerTest {

    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private SpanReport score(String goldLine, String predLine) {
        return score(goldLine, predLine, Evaluator.DEFAULT_TYPES);
    }

    private SpanReport score(String goldLine, String predLine, List<String> types) {
        Path gold = write(dir, "gold.jsonl", goldLine);
        Path pred = write(dir, "pred.jsonl", predLine);
        return new SpanScorer(types).score(gold, pred, null);
    }

    private static SpanReport.Row row(SpanReport report, String type) {
        return report.rows().stream().filter(r -> r.type().equals(type)).findFirst().orElseThrow();
    }

    private static String pred(List<String> spans) {
        return record("L.txt", null, spans, ITEMS, FIELDS);
    }

    private static List<String> allBut(String dropped) {
        List<String> spans = new ArrayList<>(ALL_SPANS);
        spans.remove(dropped);
        return spans;
    }

    @Test
    void perfectMatchScoresOneEverywhereAndPrintsThePythonTable() {
        SpanReport report = score(goldRecord(), pred(ALL_SPANS));

        assertThat(report.misses()).isEmpty();
        assertThat(report.itemAccuracy()).isEqualTo(1.0);
        assertThat(report.fieldAccuracy()).isEqualTo(1.0);
        assertThat(report.microF1()).isEqualTo(1.0);
        assertThat(report.exitCode(0.95)).isZero();
        assertThat(printed(out -> report.print(out, 60))).isEqualTo("""
                type             gold  pred     P     R    F1 F1len value
                DATE                1     1  1.00  1.00  1.00  1.00  1.00
                DECISION            1     1  1.00  1.00  1.00  1.00  1.00
                DRUG                1     1  1.00  1.00  1.00  1.00  1.00
                GUIDELINE_PAGE      0     0  0.00  0.00  1.00  1.00  0.00
                PAIN_SCORE          0     0  0.00  0.00  1.00  1.00  0.00
                QUANTITY            1     1  1.00  1.00  1.00  1.00  1.00
                REFILLS             0     0  0.00  0.00  1.00  1.00  0.00
                STRENGTH            1     1  1.00  1.00  1.00  1.00  1.00
                items field accuracy 1.00; letter fields accuracy 1.00
                micro strict F1 1.000; worst type F1 1.000; items 1.00; fields 1.00
                """);
    }

    @Test
    void missedSpanCountsAgainstRecall() {
        SpanReport report = score(goldRecord(), pred(allBut(DATE)));

        SpanReport.Row date = row(report, "DATE");
        assertThat(date.gold()).isEqualTo(1);
        assertThat(date.pred()).isZero();
        assertThat(date.precision()).isZero();
        assertThat(date.recall()).isZero();
        assertThat(date.f1()).isZero();
        assertThat(date.f1Lenient()).isZero();
        assertThat(report.misses()).containsExactly("L.txt: missed DATE '1/2/15' at 18");
        // (0*1 + 1 + 1 + 1 + 1) / 5 gold spans
        assertThat(report.microF1()).isCloseTo(0.8, within(EPS));
        assertThat(report.worstTypeF1()).isZero();
        assertThat(report.exitCode(0.95)).isEqualTo(1);
        assertThat(report.summaryLine())
                .isEqualTo("micro strict F1 0.800; worst type F1 0.000; items 1.00; fields 1.00");
    }

    @Test
    void spuriousSpanCountsAgainstPrecision() {
        List<String> spans = new ArrayList<>(ALL_SPANS);
        spans.add(span("DRUG", 15, 17, "on", "on"));
        SpanReport report = score(goldRecord(), pred(spans));

        SpanReport.Row drug = row(report, "DRUG");
        assertThat(drug.gold()).isEqualTo(1);
        assertThat(drug.pred()).isEqualTo(2);
        assertThat(drug.precision()).isEqualTo(0.5);
        assertThat(drug.recall()).isEqualTo(1.0);
        assertThat(drug.f1()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(drug.valueAccuracy()).isEqualTo(1.0);
        assertThat(report.misses()).containsExactly("L.txt: spurious DRUG 'on' at 15");
    }

    @Test
    void boundaryErrorIsLenientButNotStrict() {
        List<String> spans = allBut(DATE);
        spans.add(span("DATE", 18, 25, "1/2/15.", "2015-01-02"));
        SpanReport report = score(goldRecord(), pred(spans));

        SpanReport.Row date = row(report, "DATE");
        assertThat(date.f1()).isZero();
        assertThat(date.f1Lenient()).isEqualTo(1.0);
        assertThat(date.valueAccuracy()).isZero();
        assertThat(report.misses()).containsExactly("L.txt: DATE '1/2/15' boundary '1/2/15.'");
    }

    @Test
    void wrongValueIsAStrictMatchWithAValueMiss() {
        List<String> spans = List.of(DRUG, span("STRENGTH", 6, 10, "10mg", "  10\n MG "),
                span("QUANTITY", 11, 14, "#60", "600"), DATE, DECISION);
        SpanReport report = score(goldRecord(), pred(spans));

        assertThat(row(report, "STRENGTH").valueAccuracy()).isEqualTo(1.0); // white space and case do not count
        SpanReport.Row quantity = row(report, "QUANTITY");
        assertThat(quantity.f1()).isEqualTo(1.0);
        assertThat(quantity.valueAccuracy()).isZero();
        assertThat(report.misses()).containsExactly("L.txt: QUANTITY '#60' value '600' != '60'");
        assertThat(report.exitCode(0.95)).isZero(); // values do not enter the exit rule
    }

    @Test
    void typesOutsideTheScoredSetAreSkipped() {
        List<String> goldSpans = new ArrayList<>(ALL_SPANS);
        goldSpans.add(span("BAR", 0, 5, "Norco", "x"));
        List<String> predSpans = new ArrayList<>(ALL_SPANS);
        predSpans.add(span("FOO", 15, 17, "on", "x"));
        String gold = record("L.txt", TEXT, goldSpans, ITEMS, FIELDS);

        SpanReport report = score(gold, pred(predSpans));
        assertThat(report.rows()).extracting(SpanReport.Row::type).doesNotContain("FOO", "BAR");
        assertThat(report.misses()).isEmpty();

        // a type asked for but absent from both sides: F1 1.0 with P = R = 0
        SpanReport asked = score(gold, pred(predSpans), List.of("DRUG", "PAIN_SCORE"));
        assertThat(asked.rows()).extracting(SpanReport.Row::type).containsExactly("DRUG", "PAIN_SCORE");
        SpanReport.Row pain = row(asked, "PAIN_SCORE");
        assertThat(List.of(pain.gold(), pain.pred())).containsExactly(0, 0);
        assertThat(pain.f1()).isEqualTo(1.0);
        assertThat(pain.precision()).isZero();
    }

    @Test
    void itemFieldsAreComparedForTheGoldKeysOnly() {
        String goldItems = "[{\"drug\": \"cyclobenzaprine\", \"strength\": \"10 mg\", \"quantity\": 60, \"refills\": null,"
                + " \"decision\": \"UPHELD\", \"guidelines\": [\"MTUS\", \"ACOEM\"], \"pages\": \"64\"}]";
        String predItems = "[{\"treatment\": \"Flexeril 10mg #60\", \"drug\": \"Cyclobenzaprine\", \"strength\": \"10  mg\","
                + " \"quantity\": \"60\", \"refills\": null, \"decision\": \"UPHELD\", \"guidelines\": [\"acoem\", \"mtus\"],"
                + " \"pages\": \"65\", \"evidence_start\": 3}]";
        SpanReport report = score(record("L.txt", TEXT, ALL_SPANS, goldItems, "{}"),
                record("L.txt", null, ALL_SPANS, predItems, "{}"));

        assertThat(report.itemAccuracy()).isCloseTo(6.0 / 7, within(EPS));
        assertThat(report.misses()).containsExactly("L.txt: item 1 pages '65' != '64'");
        assertThat(printed(out -> report.print(out, 60))).contains("items field accuracy 0.86; letter fields accuracy 1.00");
    }

    @Test
    void itemCountMismatchAddsOneMissPerMissingOrExtraItem() {
        String one = "[{\"drug\": \"a\", \"decision\": \"UPHELD\"}]";
        String two = "[{\"drug\": \"a\", \"decision\": \"UPHELD\"}, {\"drug\": \"b\", \"refills\": null}]";

        // an extra predicted item: 2 fields right of 2, plus 1 for the extra item
        SpanReport extra = score(record("L.txt", TEXT, ALL_SPANS, one, "{}"), record("L.txt", null, ALL_SPANS, two, "{}"));
        assertThat(extra.itemAccuracy()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(extra.misses()).containsExactly("L.txt: 2 items, gold has 1");

        // a missing item: its fields are compared with nothing (refills None == None is right), plus 1
        SpanReport missing = score(record("L.txt", TEXT, ALL_SPANS, two, "{}"),
                record("L.txt", null, ALL_SPANS, one, "{}"));
        assertThat(missing.itemAccuracy()).isCloseTo(3.0 / 5, within(EPS));
        assertThat(missing.misses()).containsExactly("L.txt: item 2 drug None != 'b'", "L.txt: 1 items, gold has 2");
    }

    @Test
    void fieldListsCompareAsSortedUpperCaseLists() {
        String same = "{\"patient_age\": \"52\", \"patient_sex\": \" f \", \"ur_date\": null, \"reviewer_states\": [\"ca\", \"tx\"]}";
        assertThat(score(goldRecord(), record("L.txt", null, ALL_SPANS, ITEMS, same)).fieldAccuracy()).isEqualTo(1.0);

        String fewer = "{\"patient_age\": 52, \"patient_sex\": \"F\", \"reviewer_states\": [\"CA\"]}";
        SpanReport report = score(goldRecord(), record("L.txt", null, ALL_SPANS, ITEMS, fewer));
        assertThat(report.fieldAccuracy()).isEqualTo(0.75);
        assertThat(report.misses()).containsExactly("L.txt: field reviewer_states ['CA'] != ['TX', 'CA']");
    }

    @Test
    void predictedOffsetsAreMappedThroughTheirOwnText() {
        // the same letter reflowed: other white space, and "Upheld" hyphenated over a line end
        String reflowed = "Norco  10mg\n#60 on\n\n1/2/15.  Up-\nheld.";
        List<String> spans = List.of(
                at(reflowed, "DRUG", "Norco", "acetaminophen/hydrocodone"),
                at(reflowed, "STRENGTH", "10mg", "10 mg"),
                at(reflowed, "QUANTITY", "#60", "60"),
                at(reflowed, "DATE", "1/2/15", "2015-01-02"),
                at(reflowed, "DECISION", "Up-\nheld", "UPHELD"),
                // a spurious span over "on\n\n1": maps to "on 1" of the gold text
                span("PAIN_SCORE", reflowed.indexOf("on"), reflowed.indexOf("1/2"), "on\n\n", "1"));
        SpanReport report = score(goldRecord(), record("L.txt", reflowed, spans, ITEMS, FIELDS));

        for (String type : List.of("DRUG", "STRENGTH", "QUANTITY", "DATE", "DECISION")) {
            assertThat(row(report, type).f1()).as(type).isEqualTo(1.0);
        }
        assertThat(report.misses()).containsExactly("L.txt: spurious PAIN_SCORE 'on' at 15");

        // the same offsets without the text are taken as gold offsets, and miss
        List<String> raw = new ArrayList<>(spans.subList(0, 5));
        SpanReport unmapped = score(goldRecord(), record("L.txt", null, raw, ITEMS, FIELDS));
        assertThat(row(unmapped, "DECISION").f1()).isZero();
    }

    private static String at(String text, String type, String surface, String value) {
        int start = text.indexOf(surface);
        return span(type, start, start + surface.length(), surface, value);
    }

    @Test
    void offsetMapPairsNonSpaceCharactersThroughTheDiff() {
        OffsetMap map = OffsetMap.between("Up-\nheld .", "Upheld.");
        // start offsets go to the next non-space character's place, end offsets past the previous one
        assertThat(map.start(0)).isZero();
        assertThat(map.start(4)).isEqualTo(2); // 'h'
        assertThat(map.start(2)).isEqualTo(2); // '-' has no partner: the next paired character, 'h'
        assertThat(map.end(8)).isEqualTo(6); // after "held"
        assertThat(map.end(10)).isEqualTo(7);
        assertThat(map.start(-5)).isZero(); // clamped
        assertThat(map.end(99)).isEqualTo(7);
        assertThat(OffsetMap.between("same", "same")).isNull();
    }

    @Test
    void sequenceMatcherAgreesWithDifflib() {
        // expected blocks from Python: difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
        assertThat(blocks("ab", "ba")).isEqualTo("0,1,1 2,2,0");
        assertThat(blocks("abcabc", "abc")).isEqualTo("0,0,3 6,3,0");
        assertThat(blocks("Up-held.", "Upheld.")).isEqualTo("0,0,2 3,2,5 8,7,0");
        assertThat(blocks("xaby", "abxaby")).isEqualTo("0,2,4 4,6,0");
        assertThat(blocks("aaa", "aa")).isEqualTo("0,0,2 3,2,0");
        assertThat(blocks("abcd", "bcda")).isEqualTo("1,0,3 4,4,0");
    }

    private static String blocks(String a, String b) {
        StringBuilder out = new StringBuilder();
        for (SequenceMatcher.Block blk : new SequenceMatcher(PythonText.codePoints(a), PythonText.codePoints(b))
                .matchingBlocks()) {
            out.append(out.length() > 0 ? " " : "").append(blk.a()).append(',').append(blk.b()).append(',')
                    .append(blk.size());
        }
        return out.toString();
    }

    @Test
    void goldTextComesFromTheSeedsFolderWithPythonNewlines() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("letters"));
        Files.writeString(seeds.resolve("S.txt"), "A\r\nNorco\rx");
        String drug = span("DRUG", 2, 7, "Norco", "acetaminophen/hydrocodone");
        Path gold = write(dir, "g.jsonl", record("S.txt", null, List.of(drug), "[]", "{}"));
        Path pred = write(dir, "p.jsonl", record("some/folder/S.txt", null,
                List.of(drug, span("DRUG", 8, 9, "x", "x")), "[]", "{}"));

        SpanReport report = new SpanScorer(List.of("DRUG")).score(gold, pred, seeds);
        assertThat(row(report, "DRUG").precision()).isEqualTo(0.5);
        assertThat(report.misses()).containsExactly("S.txt: spurious DRUG 'x' at 8");
    }

    @Test
    void missingRecordAndLongMissListsPrintAsPythonDoes() {
        Path gold = write(dir, "gold.jsonl", goldRecord());
        Path pred = write(dir, "pred.jsonl", record("Other.txt", null, List.of(), "[]", "{}"));
        SpanReport report = new SpanScorer(List.of("DRUG", "DATE")).score(gold, pred, null);

        assertThat(report.misses()).startsWith("L.txt: no record", "L.txt: missed DRUG 'Norco' at 0",
                "L.txt: missed DATE '1/2/15' at 18");
        String out = printed(o -> report.print(o, 2));
        assertThat(out).contains("  L.txt: no record\n  L.txt: missed DRUG 'Norco' at 0\n  (+"
                + (report.misses().size() - 2) + " more)\n");
        // items: 1 of 7 fields right (refills None == None) plus 1 for the missing item: 1/8 = 0.125,
        // printed 0.12 as Python rounds the binary value half to even
        assertThat(report.itemAccuracy()).isEqualTo(0.125);
        assertThat(out).endsWith("micro strict F1 0.000; worst type F1 0.000; items 0.12; fields 0.25\n");
    }
}
