package org.imrworkstation.export.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.imrworkstation.cli.ImrCommand;
import org.imrworkstation.export.ExportRecord;
import org.imrworkstation.export.JsonlExport;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.StoredSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gold freeze, list, export through the command line on a real H2 file; snapshots never change. */
class GoldSetsTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = ImrCommand.run(args, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString());
        }
    }

    @Test
    void freezeIsImmutableNamedAndHashed() throws Exception {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        var gen = org.imrworkstation.bench.SyntheticLetters.fromSamples();
        for (int i = 0; i < 3; i++) {
            Files.writeString(letters.resolve("l" + i + ".txt"), gen.letter(i), StandardCharsets.UTF_8);
        }
        String db = tmp.resolve("db/imr").toString();
        assertThat(Run.of("import", letters.toString(), "--db", db).code()).isZero();
        assertThat(Run.of("gold", "freeze", "--name", "v0", "--db", db).err())
                .isEqualTo("error: no VERIFIED letters to freeze: verify letters first\n");
        try (Database d = Database.open(Path.of(db))) {
            new ReviewService(d, "ana").setReview(1, ReviewStatus.VERIFIED, null, 10);
            new ReviewService(d, "bob").setReview(2, ReviewStatus.VERIFIED, null, 10);
        }
        Run freeze = Run.of("gold", "freeze", "--name", "v1", "--db", db, "--annotator", "lead");
        assertThat(freeze.code()).as(freeze.err()).isZero();
        assertThat(freeze.out()).startsWith("gold set v1: 2 letters, sha256 ");

        Path v1 = tmp.resolve("v1.jsonl");
        assertThat(Run.of("gold", "export", "--name", "v1", "--out", v1.toString(), "--db", db).code()).isZero();
        byte[] before = Files.readAllBytes(v1);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(before));
        assertThat(freeze.out()).contains(hash);
        ExportRecord first = JsonlExport.parse(Files.readAllLines(v1).get(0));
        assertThat(first.review().annotator()).isEqualTo("ana");
        assertThat(first.review().verifiedAt()).isNotNull();
        assertThat(first.text()).isNotEmpty();

        // a later correction changes the letter, not the snapshot
        try (Database d = Database.open(Path.of(db))) {
            StoredSpan s = new LetterStore(d).load(1).orElseThrow().spans().stream()
                    .filter(x -> x.type() == SpanType.DRUG).findFirst().orElseThrow();
            new ReviewService(d, "ana").rejectSpan(s.id(), Reason.SPURIOUS);
            new ReviewService(d, "ana").setReview(3, ReviewStatus.VERIFIED, null, 1);
        }
        assertThat(Run.of("gold", "export", "--name", "v1", "--db", db).out().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(before);
        Run again = Run.of("gold", "freeze", "--name", "v1", "--db", db);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).startsWith("error: gold set v1 already exists (frozen ").hasLineCount(1);
        assertThat(Run.of("gold", "freeze", "--name", "v2", "--db", db).out()).startsWith("gold set v2: 3 letters");
        Path v2 = tmp.resolve("v2.jsonl");
        Run.of("gold", "export", "--name", "v2", "--out", v2.toString(), "--db", db);
        assertThat(Files.readAllBytes(v2)).isNotEqualTo(before);

        Run list = Run.of("gold", "list", "--db", db);
        assertThat(list.out().lines()).hasSize(3);
        assertThat(list.out().lines().skip(1)).anyMatch(l -> l.startsWith("v1 ") && l.contains(" lead ")
                && l.contains(" 2  " + hash));

        Run unknown = Run.of("gold", "export", "--name", "v9", "--db", db);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: no gold set named v9 (there are: v1, v2)\n");
        assertThat(Run.of("gold", "freeze", "--name", "bad name", "--db", db).code()).isEqualTo(2);
    }
}
