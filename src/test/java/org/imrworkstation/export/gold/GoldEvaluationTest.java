package org.imrworkstation.export.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrworkstation.export.ExportRecord;
import org.imrworkstation.export.JsonlExport;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.StoredLetter;
import org.imrworkstation.store.StoredSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval --gold-set: an extractor version's stored suggestions and JSONL files against a frozen set. */
class GoldEvaluationTest {

    @TempDir
    Path tmp;

    @Test
    void storedSuggestionsFilesAndComparison() throws Exception {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        var gen = org.imrworkstation.bench.SyntheticLetters.fromSamples();
        for (int i = 0; i < 3; i++) {
            Files.writeString(letters.resolve("l" + i + ".txt"), gen.letter(i), StandardCharsets.UTF_8);
        }
        String db = tmp.resolve("db/imr").toString();
        GoldSetsTest.Run.of("import", letters.toString(), "--db", db);
        StoredSpan date;
        try (Database d = Database.open(Path.of(db))) {
            ReviewService ana = new ReviewService(d, "ana");
            StoredLetter l = new LetterStore(d).load(1).orElseThrow();
            StoredSpan drug = l.spans().stream().filter(s -> s.type() == SpanType.DRUG).findFirst().orElseThrow();
            date = l.spans().stream().filter(s -> s.type() == SpanType.DATE).findFirst().orElseThrow();
            ana.rejectSpan(drug.id(), Reason.SPURIOUS); // the extractor's drug is spurious in gold
            ana.editSpan(date.id(), SpanType.DATE, date.start(), date.end(), "1999-01-01", Reason.VALUE);
            for (long id = 1; id <= 3; id++) {
                ana.setReview(id, ReviewStatus.VERIFIED, null, 5);
            }
        }
        assertThat(GoldSetsTest.Run.of("gold", "freeze", "--name", "v1", "--db", db).code()).isZero();

        GoldSetsTest.Run v = GoldSetsTest.Run.of("eval", "--gold-set", "v1", "--extractor-version", "1.0", "--db", db);
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("gold set v1 (3 letters) against extractor 1.0",
                "extractor 1.0: 3 letters from stored suggestions", "errors by kind:");
        // the extractor's own value came back from the change log, not the reviewer's edit
        assertThat(v.out()).contains("value '" + date.value() + "' != '1999-01-01'");
        assertThat(v.out()).contains("; items 1.00;"); // items rebuilt with their frequency and daily dose
        assertThat(line(v.out(), "DRUG ", 2)).containsExactly("DRUG", "0", "1", "0", "0", "0");
        assertThat(line(v.out(), "DATE ", 2)).containsExactly("DATE", "0", "0", "0", "1", "0");

        // a JSONL prediction: the gold itself, less one DATE span and with a PAIN_SCORE typed as DATE
        Path goldFile = tmp.resolve("v1.jsonl");
        GoldSetsTest.Run.of("gold", "export", "--name", "v1", "--out", goldFile.toString(), "--db", db);
        List<String> lines = Files.readAllLines(goldFile);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            ExportRecord r = JsonlExport.parse(line);
            List<Span> spans = new ArrayList<>(r.spans());
            if (out.isEmpty()) {
                spans.remove(spans.stream().filter(s -> s.type() == SpanType.DATE).findFirst().orElseThrow());
            }
            out.add(JsonlExport.line(new ExportRecord(r.letter(), r.layout(), r.sha256(), null, spans, r.items(),
                    r.fields(), null)));
        }
        Path pred = Files.write(tmp.resolve("pred.jsonl"), out);
        GoldSetsTest.Run f = GoldSetsTest.Run.of("eval", "--gold-set", "v1", pred.toString(), "--db", db);
        assertThat(f.code()).as(f.err()).isZero();
        assertThat(line(f.out(), "all ", 1)).containsExactly("all", "1", "0", "0", "0", "0");

        GoldSetsTest.Run cmp = GoldSetsTest.Run.of("eval", "--gold-set", "v1", "--compare", "1.0", pred.toString(),
                "--db", db);
        assertThat(cmp.code()).as(cmp.err()).isZero();
        assertThat(cmp.out()).contains("A = extractor 1.0, B = " + pred, "better in B: ", "worse in B: 1 new errors",
                "missed DATE");
        assertThat(line(cmp.out(), "DRUG ", 1)).last().isEqualTo("better");
        assertThat(line(cmp.out(), "DATE ", 1)).last().isEqualTo("WORSE");

        GoldSetsTest.Run bad = GoldSetsTest.Run.of("eval", "--gold-set", "nope", "--db", db);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("error: no gold set named nope (there are: v1)\n");
        GoldSetsTest.Run old = GoldSetsTest.Run.of("eval", "--gold-set", "v1", "--extractor-version", "0.9", "--db", db);
        assertThat(old.code()).isEqualTo(2);
        assertThat(old.err()).startsWith("error: no output of extractor version 0.9").hasLineCount(1);
        Path broken = Files.writeString(tmp.resolve("broken.jsonl"), "{nope\n");
        GoldSetsTest.Run b = GoldSetsTest.Run.of("eval", "--gold-set", "v1", broken.toString(), "--db", db);
        assertThat(b.code()).isEqualTo(2);
        assertThat(b.err()).startsWith("error: " + broken + ":1: not JSON").hasLineCount(1);
    }

    /** The cells of the n-th line starting with {@code start}. */
    static List<String> line(String out, String start, int n) {
        return out.lines().filter(l -> l.startsWith(start)).skip(n - 1).findFirst()
                .map(l -> List.of(l.trim().split("\\s+"))).orElseThrow(() -> new AssertionError("no line " + start
                        + " in\n" + out));
    }
}
