package org.imrworkstation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrworkstation.bench.SyntheticLetters;
import org.imrworkstation.eval.Evaluator;
import org.imrworkstation.eval.SpanReport;
import org.imrworkstation.eval.SpanScorer;
import org.imrworkstation.record.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor against the hand-made gold of the bundled synthetic letters (three layouts), scored
 * by the same rules as the project's reference scorer.
 */
class SampleGoldTest {

    @TempDir
    Path dir;

    @Test
    void everyTypeItemsAndFieldsMatchTheGold() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("letters"));
        List<String> lines = new ArrayList<>();
        Extractor extractor = new Extractor();
        var samples = SyntheticLetters.bundledSamples();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(12);
        for (var s : samples) {
            Files.writeString(seeds.resolve(s.name()), s.text(), StandardCharsets.UTF_8);
            lines.add(RecordJson.toLine(extractor.extract(s.name(), s.text())));
        }
        Path pred = Files.write(dir.resolve("pred.jsonl"), lines, StandardCharsets.UTF_8);
        Path gold = dir.resolve("gold.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/gold/samples.jsonl")) {
            Files.copy(in, gold);
        }
        SpanReport report = new SpanScorer(Evaluator.DEFAULT_TYPES).score(gold, pred, seeds);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        report.print(new PrintStream(printed, true, StandardCharsets.UTF_8), 60);
        String table = printed.toString(StandardCharsets.UTF_8);
        assertThat(report.rows()).as(table).allSatisfy(r -> assertThat(r.f1()).as(r.type() + "\n" + table).isGreaterThanOrEqualTo(0.97));
        assertThat(report.itemAccuracy()).as(table).isEqualTo(1.0);
        assertThat(report.fieldAccuracy()).as(table).isEqualTo(1.0);
    }
}
