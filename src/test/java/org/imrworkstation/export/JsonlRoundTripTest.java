package org.imrworkstation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/** export --format jsonl, import --annotations into a new database, export again: the same bytes. */
class JsonlRoundTripTest {

    @TempDir
    Path tmp;

    /** A letter with CR LF line ends and characters outside the BMP before its spans. */
    static String crlfLetterWithEmoji() {
        String base = ExportFixtures.GEN.letter(7);
        int cut = base.indexOf('\n', 200);
        return (base.substring(0, cut) + " \uD83D\uDE00 \uD835\uDC9C" + base.substring(cut)).replace("\n", "\r\n");
    }

    @Test
    void exportImportExportGivesTheSameBytesAndExactOffsets() throws Exception {
        Path letters = tmp.resolve("letters");
        List<Path> files = ExportFixtures.write(letters, 3);
        Files.writeString(letters.resolve("crlf-emoji.txt"), crlfLetterWithEmoji(), StandardCharsets.UTF_8);
        String db1 = tmp.resolve("db1/imr").toString();
        assertThat(ExportFixtures.Run.of("import", letters.toString(), "--db", db1).exitCode()).isZero();
        try (Database db = Database.open(Path.of(db1))) {
            LetterStore store = new LetterStore(db);
            ReviewService ana = new ReviewService(db, "ana");
            StoredLetter l = store.load(1).orElseThrow();
            StoredSpan drug = l.spans().stream().filter(s -> s.type() == SpanType.DRUG).findFirst().orElseThrow();
            ana.editSpan(drug.id(), SpanType.DRUG, drug.start(), drug.end(), "oxycodone", Reason.VALUE);
            ana.rejectSpan(l.spans().get(0).id(), Reason.SPURIOUS);
            ana.editField(1, "patient_age", "61");
            ana.setReview(1, ReviewStatus.VERIFIED, null, 30);
            ana.setReview(4, ReviewStatus.VERIFIED, null, 30);
            assertThat(l.fileName()).isEqualTo("crlf-emoji.txt"); // sorted first
        }
        Path first = tmp.resolve("first.jsonl");
        ExportFixtures.Run export1 = ExportFixtures.Run.of("export", "--format", "jsonl", "--out", first.toString(),
                "--db", db1, "--include-suggestions");
        assertThat(export1.exitCode()).as(export1.err()).isZero();

        String db2 = tmp.resolve("db2/imr").toString();
        ExportFixtures.Run imp = ExportFixtures.Run.of("import", "--annotations", first.toString(), "--db", db2);
        assertThat(imp.exitCode()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("imported: 4");
        Path second = tmp.resolve("second.jsonl");
        assertThat(ExportFixtures.Run.of("export", "--format", "jsonl", "--out", second.toString(), "--db", db2,
                "--include-suggestions").exitCode()).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));

        // offsets are exact for every span, also after the emoji and with CR LF turned into LF
        List<String> lines = Files.readAllLines(first, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            ExportRecord r = JsonlExport.parse(line);
            assertThat(r.text()).doesNotContain("\r");
            assertThat(r.spans()).isNotEmpty().allMatch(s -> r.text().substring(s.start(), s.end()).equals(s.text()));
        }
        ExportRecord emoji = JsonlExport.parse(lines.get(0));
        assertThat(emoji.text()).contains("\uD83D\uDE00");
        assertThat(emoji.review().status()).isEqualTo("VERIFIED");
        assertThat(emoji.review().annotator()).isEqualTo("ana");
        ExportRecord edited = emoji;
        assertThat(edited.fields().patientAge()).isEqualTo(61);
        assertThat(edited.spans()).anyMatch(s -> "oxycodone".equals(s.value()));

        // the same file again: every letter is a duplicate
        assertThat(ExportFixtures.Run.of("import", "--annotations", first.toString(), "--db", db2).out())
                .contains("imported: 0", "duplicates skipped: 4");
    }

    @Test
    void badLinesStopTheImportWithOneLineNamingFileAndLine() throws Exception {
        String db = tmp.resolve("db/imr").toString();
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"letter\":\"a.txt\",\"text\":\"Norco 10\",\"spans\":[{\"type\":\"DRUG\",\"start\":0,"
                + "\"end\":5,\"text\":\"Norco\",\"value\":\"acetaminophen/hydrocodone\"}]}\n{not json\n");
        ExportFixtures.Run r = ExportFixtures.Run.of("import", "--annotations", bad.toString(), "--db", db);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("error: " + bad + ":2: not a letter record");
        assertThat(ExportFixtures.Run.of("status", "--db", db).out()).contains("letters: 0"); // nothing stored

        Files.writeString(bad, "{\"letter\":\"a.txt\",\"text\":\"Norco 10\",\"spans\":[{\"type\":\"DRUG\",\"start\":0,"
                + "\"end\":4,\"text\":\"Norco\",\"value\":null}]}\n");
        r = ExportFixtures.Run.of("import", "--annotations", bad.toString(), "--db", db);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(":1: a.txt: span 0..4 text \"Norco\" is not the letter's \"Norc\"");

        Files.writeString(bad, "{\"letter\":\"a.txt\",\"spans\":[]}\n");
        assertThat(ExportFixtures.Run.of("import", "--annotations", bad.toString(), "--db", db).err())
                .contains(":1: a.txt has no \"text\"");
        assertThat(ExportFixtures.Run.of("import", "--annotations", tmp.resolve("nope.jsonl").toString(), "--db", db)
                .err().strip()).isEqualTo("error: " + tmp.resolve("nope.jsonl") + ": no such file");
    }

    @Test
    void badFormatAndUnwritableOutAreOneLineErrors() throws Exception {
        String db = tmp.resolve("db/imr").toString();
        ExportFixtures.Run r = ExportFixtures.Run.of("export", "--format", "xml", "--out", tmp.toString(), "--db", db);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: unknown format xml (csv, jsonl or brat)");
        r = ExportFixtures.Run.of("export", "--format", "csv", "--status", "done", "--out", tmp.toString(), "--db", db);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: unknown review status done (UNREVIEWED, IN_PROGRESS, VERIFIED,"
                + " FLAGGED)");
        assertThat(ExportFixtures.Run.of("export", "--format", "CSV", "--status", "verified", "--out",
                tmp.resolve("v").toString(), "--db", db).exitCode()).isZero();
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        r = ExportFixtures.Run.of("export", "--format", "csv", "--out", file.toString(), "--db", db);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains(file.toString()).contains("is a file");
        r = ExportFixtures.Run.of("export", "--format", "jsonl", "--out", file.resolve("x.jsonl").toString(), "--db", db);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("error: cannot write ");
    }

    @Test
    void asSuggestionsStoresThemForReview() throws Exception {
        String text = "Norco 10/325 mg #120 was requested.";
        Path in = Files.writeString(tmp.resolve("pre.jsonl"), "{\"letter\":\"pre.txt\",\"text\":\"" + text
                + "\",\"spans\":[{\"type\":\"DRUG\",\"start\":0,\"end\":5,\"text\":\"Norco\","
                + "\"value\":\"acetaminophen/hydrocodone\"}]}\n");
        try (Database db = Database.open(tmp.resolve("db/imr"))) {
            AnnotationImport.Summary s = new AnnotationImport(db, "ana", true, false).run(in, ExportProgress.NONE);
            assertThat(s.imported()).isEqualTo(1);
            StoredLetter l = new LetterStore(db).load(1).orElseThrow();
            assertThat(l.spans()).singleElement().satisfies(sp -> {
                assertThat(sp.state()).isEqualTo(org.imrworkstation.store.State.SUGGESTED);
                assertThat(sp.origin()).isEqualTo(org.imrworkstation.store.Origin.EXTRACTED);
            });
            assertThat(l.review().status()).isEqualTo(ReviewStatus.UNREVIEWED);
            assertThat(l.sha256()).isEqualTo(AnnotationImport.sha256(text));
            Path out = tmp.resolve("out.jsonl");
            assertThat(new JsonlExport(db).write(out, ExportFilter.ALL, ExportProgress.NONE).spans()).isZero();
            assertThat(new JsonlExport(db).write(out, ExportFilter.ALL.withSuggestions(true), ExportProgress.NONE)
                    .spans()).isEqualTo(1);
        }
    }
}
