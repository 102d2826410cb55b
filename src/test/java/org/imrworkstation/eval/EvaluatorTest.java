package org.imrworkstation.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imrworkstation.eval.EvalFixtures.ALL_SPANS;
import static org.imrworkstation.eval.EvalFixtures.DATE;
import static org.imrworkstation.eval.EvalFixtures.FIELDS;
import static org.imrworkstation.eval.EvalFixtures.ITEMS;
import static org.imrworkstation.eval.EvalFixtures.goldRecord;
import static org.imrworkstation.eval.EvalFixtures.printed;
import static org.imrworkstation.eval.EvalFixtures.record;
import static org.imrworkstation.eval.EvalFixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {

    @TempDir
    Path dir;

    @Test
    void spanGoldIsScoredWithTheSpanScorer() {
        Path gold = write(dir, "gold.jsonl", goldRecord());
        Path pred = write(dir, "pred.jsonl", record("L.txt", null, ALL_SPANS, ITEMS, FIELDS));
        assertThat(Evaluator.modeOf(RecordFiles.read(gold))).isEqualTo(Evaluator.Mode.SPANS);

        int[] code = new int[1];
        String out = printed(o -> code[0] = new Evaluator(gold, pred, null).run(o, false));
        assertThat(out).startsWith("type             gold  pred     P     R    F1 F1len value\n")
                .endsWith("micro strict F1 1.000; worst type F1 1.000; items 1.00; fields 1.00\n");
        assertThat(code[0]).isZero();
    }

    @Test
    void exitStatusFollowsTheMinimum() {
        List<String> spans = new ArrayList<>(ALL_SPANS);
        spans.remove(DATE);
        Path gold = write(dir, "gold.jsonl", goldRecord());
        Path pred = write(dir, "pred.jsonl", record("L.txt", null, spans, ITEMS, FIELDS));

        assertThat(quietRun(new Evaluator(gold, pred, null))).isEqualTo(1); // DATE F1 0 < 0.95
        // DATE alone is scored: F1 0; DRUG alone: 1.0, and items and fields are right
        assertThat(quietRun(new Evaluator(gold, pred, null, List.of("DRUG"), 0.95))).isZero();
        assertThat(quietRun(new Evaluator(gold, pred, null, List.of("DRUG", "DATE"), 0.0))).isZero();
    }

    private static int quietRun(Evaluator evaluator) {
        int[] code = new int[1];
        String out = printed(o -> code[0] = evaluator.run(o, true));
        assertThat(out.lines()).hasSize(1).allMatch(l -> l.startsWith("micro strict F1 "));
        return code[0];
    }

    @Test
    void goldWithoutSpansIsScoredAsItemsOnly() {
        Path gold = write(dir, "gold.jsonl", ItemScorerTest.GOLD_1, ItemScorerTest.GOLD_2);
        Path pred = write(dir, "pred.jsonl", ItemScorerTest.PRED_1, ItemScorerTest.PRED_2);
        assertThat(Evaluator.modeOf(RecordFiles.read(gold))).isEqualTo(Evaluator.Mode.ITEMS);

        int[] code = new int[1];
        String out = printed(o -> code[0] = new Evaluator(gold, pred, null, Evaluator.DEFAULT_TYPES, 0.5).run(o, false));
        assertThat(out).endsWith("2 letters, 3 items: item count 0.500; decisions 0.667; treatment 0.667;"
                + " drug/non-drug 1.000; fields 0.667\n");
        assertThat(code[0]).isZero(); // count 0.5, decisions and fields 0.667 all reach 0.5
        assertThat(printed(o -> code[0] = new Evaluator(gold, pred, null).run(o, true))).doesNotContain("CM1:");
        assertThat(code[0]).isEqualTo(1);
    }

    @Test
    void lineThatIsNotJsonNamesFileAndLine() {
        Path bad = write(dir, "bad.jsonl", goldRecord(), "", "{\"letter\": oops}");
        assertThatThrownBy(() -> RecordFiles.read(bad))
                .isInstanceOf(EvalException.class)
                .hasMessageStartingWith(bad + ":3: not JSON: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

        Path pred = write(dir, "pred.jsonl", goldRecord());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Evaluator(pred, bad, null).run(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(bad + ":3: not JSON: ");
    }

    @Test
    void recordsAreKeyedByBaseNameOrStemAndUnknownKeysSurvive() {
        Path file = write(dir, "r.jsonl", "{\"letter\": \"a/b/CM1.txt\", \"extra\": {\"x\": 1}}",
                "{\"letter\": \".hidden\"}", "{\"letter\": null}", "{}");
        assertThat(RecordFiles.byBaseName(file)).containsOnlyKeys("CM1.txt", ".hidden", "None", "");
        assertThat(RecordFiles.byStem(file)).containsOnlyKeys("CM1", ".hidden", "None", "");
        assertThat(RecordFiles.byStem(file).get("CM1").path("extra").path("x").asInt()).isEqualTo(1);
        assertThat(Evaluator.parseTypes("DRUG,DATE")).containsExactly("DRUG", "DATE");
    }
}
